<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>QObject</name>
    <message>
        <source>none: the decoy&apos;s one-time keys were never kept</source>
        <translation>なし: おとりの使い捨て鍵は保存されません</translation>
    </message>
    <message>
        <source>Not enough memory for this.</source>
        <translation>この処理に必要なメモリが足りません。</translation>
    </message>
    <message>
        <source>∞ (identical)</source>
        <translation>∞ (同一)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
    <message>
        <source>One key for every block: each block&apos;s 4-bit nibbles are reversed and shuffled.</source>
        <translation>ブロックごとに一つの鍵: 各ブロックの4ビットのニブルを反転し、並べ替えます。</translation>
    </message>
    <message>
        <source>le with its own key at every block position, then the blocks change places.</source>
        <translation>ブロック位置ごとに独自の鍵で le を適用し、その後ブロックの位置を入れ替えます。</translation>
    </message>
    <message>
        <source>Blocks are moved, turned, mirrored, negated and their colours reordered; survives JPEG.</source>
        <translation>ブロックを移動・回転・反転・ネガポジ変換し、色成分を並べ替えます。JPEG 圧縮に耐えます。</translation>
    </message>
    <message>
        <source>Y, Cb and Cr side by side as one gray image, then scrambled in small blocks.</source>
        <translation>Y、Cb、Cr を並べて一枚のグレー画像にし、小さなブロックでスクランブルします。</translation>
    </message>
    <message>
        <source>Pixel by pixel: samples negated and colour channels reordered. No blocks move.</source>
        <translation>画素ごと: 値をネガポジ変換し、色チャネルを並べ替えます。ブロックは動きません。</translation>
    </message>
    <message>
        <source>Each block is multiplied by a random orthogonal matrix, then noise is added.</source>
        <translation>各ブロックにランダムな直交行列を掛け、その後ノイズを加えます。</translation>
    </message>
    <message>
        <source>Dog photo: Darknet project by Joseph Redmon (Debian package darknet), MIT licence.</source>
        <translation>犬の写真: Joseph Redmon の Darknet プロジェクト (Debian パッケージ darknet)、MIT ライセンス。</translation>
    </message>
    <message>
        <source>“Chelsea the cat” by Stefan van der Walt (scikit-image), CC0.</source>
        <translation>Stefan van der Walt による「猫のチェルシー」(scikit-image)、CC0。</translation>
    </message>
    <message>
        <source>epoch</source>
        <translation>エポック</translation>
    </message>
    <message>
        <source>The project refers to %1, which is no longer there.</source>
        <translation>プロジェクトは %1 を参照していますが、そのファイルはもうありません。</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>%1 に書き込めません。</translation>
    </message>
    <message>
        <source>The resource %1 is missing from this build.</source>
        <translation>このビルドにはリソース %1 がありません。</translation>
    </message>
    <message>
        <source>A small network: minutes on a CPU, strong on Fashion-MNIST.</source>
        <translation>小さなネットワーク：CPU で数分、Fashion-MNIST に強い。</translation>
    </message>
    <message>
        <source>Its first layer works block by block, so it learns block-scrambled images as well as plain ones.</source>
        <translation>最初の層がブロックごとに働くので、ブロック単位で暗号化された画像も平文と同じように学習できます。</translation>
    </message>
    <message>
        <source>The LED paper&apos;s 8-layer network: slower; for reproducing its tables.</source>
        <translation>LED 論文の 8 層ネットワーク：遅め。論文の表の再現用。</translation>
    </message>
    <message>
        <source>ResNet-20 for CIFAR-10: minutes per epoch on a CPU, so the paper&apos;s 50 epochs take hours; practical on a GPU.</source>
        <translation>CIFAR-10 向けの ResNet-20：CPU では 1 エポックに数分かかり、論文の 50 エポックでは数時間になります。GPU で実用的です。</translation>
    </message>
</context>
<context>
    <name>led</name>
    <message>
        <source>inversions within a colour</source>
        <translation>色の中の反転数</translation>
    </message>
    <message>
        <source>cycles</source>
        <translation>巡回の数</translation>
    </message>
    <message>
        <source>fixed points</source>
        <translation>不動点</translation>
    </message>
    <message>
        <source>mean displacement</source>
        <translation>平均移動距離</translation>
    </message>
    <message>
        <source>after block permutation</source>
        <translation>ブロック置換の後</translation>
    </message>
    <message>
        <source>Step 1: the blocks change places.</source>
        <translation>ステップ 1: ブロックの位置が入れ替わります。</translation>
    </message>
    <message>
        <source>after rotation and flip</source>
        <translation>回転と反転の後</translation>
    </message>
    <message>
        <source>Step 2: each block is turned by 0, 90, 180 or 270 degrees and perhaps mirrored.</source>
        <translation>ステップ 2: 各ブロックが 0、90、180、270 度回転し、場合によっては鏡映されます。</translation>
    </message>
    <message>
        <source>after negative-positive</source>
        <translation>ネガポジ変換の後</translation>
    </message>
    <message>
        <source>Step 3: about half of the blocks become their negative (p -&gt; 255 - p).</source>
        <translation>ステップ 3: 約半数のブロックがネガになります (p -&gt; 255 - p)。</translation>
    </message>
    <message>
        <source>after colour shuffle</source>
        <translation>色の並べ替えの後</translation>
    </message>
    <message>
        <source>Step 4: each block&apos;s red, green and blue change order.</source>
        <translation>ステップ 4: 各ブロックの赤・緑・青の順序が入れ替わります。</translation>
    </message>
    <message>
        <source>Extended Learnable Encryption (Madono et al.)</source>
        <translation>拡張学習可能暗号 (Madono ら)</translation>
    </message>
    <message>
        <source>Each block position has its own block key.</source>
        <translation>ブロック位置ごとに独自のブロック鍵があります。</translation>
    </message>
    <message>
        <source>The blocks change places.</source>
        <translation>ブロックの位置が入れ替わります。</translation>
    </message>
    <message>
        <source>Grayscale-based block scrambling (Sirichotedumrong et al.)</source>
        <translation>グレースケールに基づくブロックスクランブル (Sirichotedumrong ら)</translation>
    </message>
    <message>
        <source>plain image</source>
        <translation>平文画像</translation>
    </message>
    <message>
        <source>The colour image, padded to whole blocks.</source>
        <translation>カラー画像。ブロック単位になるよう余白を補っています。</translation>
    </message>
    <message>
        <source>Y, Cb and Cr side by side as one grayscale image.</source>
        <translation>Y、Cb、Cr を並べて一枚のグレースケール画像にしたもの。</translation>
    </message>
    <message>
        <source>A gray image is its own single plane.</source>
        <translation>グレー画像はそれ自体が一枚のプレーンです。</translation>
    </message>
    <message>
        <source>YCbCr planes</source>
        <translation>YCbCr プレーン</translation>
    </message>
    <message>
        <source>Block scrambling for EtC (Kiya)</source>
        <translation>EtC のためのブロックスクランブル (Kiya)</translation>
    </message>
    <message>
        <source>Four steps follow, each with its own table.</source>
        <translation>続く 4 つのステップは、それぞれ独自のテーブルを使います。</translation>
    </message>
    <message>
        <source>lower nibbles</source>
        <translation>下位ニブル</translation>
    </message>
    <message>
        <source>The low 4 bits of every sample, stretched to 0..255.</source>
        <translation>各サンプルの下位 4 ビットを 0..255 に引き伸ばしたもの。</translation>
    </message>
    <message>
        <source>upper nibbles</source>
        <translation>上位ニブル</translation>
    </message>
    <message>
        <source>The high 4 bits of every sample: the image&apos;s coarse shape.</source>
        <translation>各サンプルの上位 4 ビット: 画像の大まかな形です。</translation>
    </message>
    <message>
        <source>after reversal</source>
        <translation>反転の後</translation>
    </message>
    <message>
        <source>Nibbles where the mask is set become 15 - v.</source>
        <translation>マスクが立っているニブルは 15 - v になります。</translation>
    </message>
    <message>
        <source>Samples where the mask is set become 255 - v.</source>
        <translation>マスクが立っているサンプルは 255 - v になります。</translation>
    </message>
    <message>
        <source>after shuffle</source>
        <translation>並べ替えの後</translation>
    </message>
    <message>
        <source>The 2d nibbles of each block are permuted, then paired back into bytes.</source>
        <translation>各ブロックの 2d 個のニブルを並べ替え、再びバイトに組み戻します。</translation>
    </message>
    <message>
        <source>The d samples of each block are permuted.</source>
        <translation>各ブロックの d 個のサンプルを並べ替えます。</translation>
    </message>
    <message>
        <source>Learnable Image Encryption (Tanaka)</source>
        <translation>学習可能画像暗号 (Tanaka)</translation>
    </message>
    <message>
        <source>One block key serves every block.</source>
        <translation>一つのブロック鍵がすべてのブロックに使われます。</translation>
    </message>
    <message>
        <source>Pixel-based encryption (Sirichotedumrong et al.)</source>
        <translation>画素単位の暗号 (Sirichotedumrong ら)</translation>
    </message>
    <message>
        <source>pe works pixel by pixel; there are no blocks to move.</source>
        <translation>pe は画素ごとに処理するので、動かすブロックはありません。</translation>
    </message>
    <message>
        <source>About half of all samples become 255 - v.</source>
        <translation>全サンプルの約半数が 255 - v になります。</translation>
    </message>
    <message>
        <source>Each pixel&apos;s red, green and blue change order.</source>
        <translation>各画素の赤・緑・青の順序が入れ替わります。</translation>
    </message>
    <message>
        <source>Block-wise randomized multidimensional transform (Sharma &amp; Chen)</source>
        <translation>ブロック単位のランダム多次元変換 (Sharma &amp; Chen)</translation>
    </message>
    <message>
        <source>Each block and channel gets its own random rotation matrix.</source>
        <translation>各ブロックとチャネルに独自のランダム回転行列があります。</translation>
    </message>
    <message>
        <source>after transform</source>
        <translation>変換の後</translation>
    </message>
    <message>
        <source>Every block X becomes X R: real numbers, shown stretched to 0..255.</source>
        <translation>各ブロック X は X R になります: 実数値を 0..255 に引き伸ばして表示しています。</translation>
    </message>
    <message>
        <source>after noise</source>
        <translation>ノイズの後</translation>
    </message>
    <message>
        <source>Noise drawn uniformly from [0, N) is added to every value, fresh for every image.</source>
        <translation>[0, N) から一様に引いたノイズを、画像ごとに新たに各値へ加えます。</translation>
    </message>
    <message>
        <source>The image cut into %1 blocks of %2x%2 pixels.</source>
        <translation>画像を %2x%2 画素のブロック %1 個に分割。</translation>
    </message>
    <message>
        <source>%1, JPEG, decrypted</source>
        <translation>%1、JPEG、復号</translation>
    </message>
    <message>
        <source>the chosen-plaintext attack targets le&apos;s public structure</source>
        <translation>選択平文攻撃は le の公開された構造を狙います</translation>
    </message>
    <message>
        <source>the attack needs image sides that are multiples of the block size</source>
        <translation>この攻撃には、辺の長さがブロックサイズの倍数の画像が必要です</translation>
    </message>
    <message>
        <source>an arrangement needs one piece per position</source>
        <translation>配置には位置ごとに 1 つのピースが必要です</translation>
    </message>
    <message>
        <source>the image sides must be multiples of the piece size (at least 2)</source>
        <translation>画像の辺はピースサイズ (2 以上) の倍数でなければなりません</translation>
    </message>
    <message>
        <source>the puzzle needs rows x cols pieces</source>
        <translation>パズルには 行 x 列 個のピースが必要です</translation>
    </message>
    <message>
        <source>turned pieces must be square</source>
        <translation>回転するピースは正方形でなければなりません</translation>
    </message>
    <message>
        <source>not an orientation</source>
        <translation>向きではありません</translation>
    </message>
    <message>
        <source>pieces must be square to turn</source>
        <translation>回転するにはピースが正方形でなければなりません</translation>
    </message>
    <message>
        <source>the regression attack targets rmt</source>
        <translation>回帰攻撃の対象は rmt です</translation>
    </message>
    <message>
        <source>the pair must be a plain image and its rmt ciphertext of the key&apos;s image shape</source>
        <translation>ペアは、鍵の画像サイズの平文画像とその rmt 暗号文でなければなりません</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>%1 を開けません: %2</translation>
    </message>
    <message>
        <source>%1 is a folder, not a file</source>
        <translation>%1 はファイルではなくフォルダです</translation>
    </message>
    <message>
        <source>%1 is too large (%2 bytes)</source>
        <translation>%1 は大きすぎます (%2 バイト)</translation>
    </message>
    <message>
        <source>cannot read %1</source>
        <translation>%1 を読めません</translation>
    </message>
    <message>
        <source>%1 is truncated (needs %2 more bytes at offset %3, has %4)</source>
        <translation>%1 は途中で切れています (オフセット %3 でさらに %2 バイト必要ですが、%4 バイトしかありません)</translation>
    </message>
    <message>
        <source>%1 has an implausible text field of %2 bytes</source>
        <translation>%1 に %2 バイトというありえない長さのテキスト欄があります</translation>
    </message>
    <message>
        <source>%1 is empty, not a %2</source>
        <translation>%1 は空で、%2 ではありません</translation>
    </message>
    <message>
        <source>%1 is not an LED Studio %2</source>
        <translation>%1 は LED Studio の%2ではありません</translation>
    </message>
    <message>
        <source>%1 is truncated</source>
        <translation>%1 は途中で切れています</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 is a %2 of version %3; this program reads version %4</source>
        <translation>%1 はバージョン %3 の%2です。このプログラムが読めるのはバージョン %4 です</translation>
    </message>
    <message>
        <source>%1 is damaged: its checksum does not match (the file was truncated or altered)</source>
        <translation>%1 は壊れています: チェックサムが一致しません (ファイルが切り詰められたか改変されています)</translation>
    </message>
    <message>
        <source>%1 takes numbers separated by commas, not &apos;%2&apos;</source>
        <translation>%1 にはカンマ区切りの数値を指定します (&apos;%2&apos; ではなく)</translation>
    </message>
    <message>
        <source>%1 takes whole numbers, not %2</source>
        <translation>%1 には整数を指定します (%2 ではなく)</translation>
    </message>
    <message>
        <source>%1/batches.meta.txt should name 10 classes, it names %2</source>
        <translation>%1/batches.meta.txt には 10 クラスが必要ですが、%2 クラスです</translation>
    </message>
    <message>
        <source>%1 is not a CIFAR-10 batch: %2 bytes is not a whole number of %3-byte records (truncated?)</source>
        <translation>%1 は CIFAR-10 のバッチではありません: %2 バイトは %3 バイトのレコードの整数倍ではありません (切れている?)</translation>
    </message>
    <message>
        <source>%1: record %2 has label %3, CIFAR-10 has 10 classes</source>
        <translation>%1: レコード %2 のラベルは %3 ですが、CIFAR-10 のクラスは 10 個です</translation>
    </message>
    <message>
        <source>%1 is not a cifar-10-batches-bin folder: it has no test_batch.bin</source>
        <translation>%1 は cifar-10-batches-bin フォルダではありません: test_batch.bin がありません</translation>
    </message>
    <message>
        <source>%1 has no data_batch_1.bin</source>
        <translation>%1 に data_batch_1.bin がありません</translation>
    </message>
    <message>
        <source>%1 holds no images</source>
        <translation>%1 には画像がありません</translation>
    </message>
    <message>
        <source>%1 has %2 labels but pixel data for a different number of images</source>
        <translation>%1 にはラベルが %2 個ありますが、画素データの画像数が異なります</translation>
    </message>
    <message>
        <source>%1 names no classes</source>
        <translation>%1 にはクラス名がありません</translation>
    </message>
    <message>
        <source>%1 has a label %2 beyond its %3 classes</source>
        <translation>%1 に、%3 クラスの範囲外のラベル %2 があります</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an image size of the form WIDTHxHEIGHTxCHANNELS</source>
        <translation>&apos;%1&apos; は 幅x高さxチャンネル 形式の画像サイズではありません</translation>
    </message>
    <message>
        <source>the dataset &apos;%1&apos; needs a folder: %2:FOLDER</source>
        <translation>データセット &apos;%1&apos; にはフォルダが必要です: %2:フォルダ</translation>
    </message>
    <message>
        <source>unknown dataset &apos;%1&apos; (use fashion-mnist, cifar10:FOLDER or folder:FOLDER)</source>
        <translation>不明なデータセット &apos;%1&apos; (fashion-mnist、cifar10:フォルダ、folder:フォルダ のいずれかを使ってください)</translation>
    </message>
    <message>
        <source>the model takes images of %1, the dataset&apos;s images are %2</source>
        <translation>モデルの入力は %1 の画像ですが、データセットの画像は %2 です</translation>
    </message>
    <message>
        <source>%1 is not a Fashion-MNIST folder: it has no %2[.gz] (install Debian&apos;s dataset-fashion-mnist or give the folder that holds the IDX files)</source>
        <translation>%1 は Fashion-MNIST のフォルダではありません: %2[.gz] がありません (Debian の dataset-fashion-mnist をインストールするか、IDX ファイルのあるフォルダを指定してください)</translation>
    </message>
    <message>
        <source>%1 holds %2 images but %3 holds %4 labels</source>
        <translation>%1 には画像が %2 枚ありますが、%3 のラベルは %4 個です</translation>
    </message>
    <message>
        <source>cannot start decompressing %1</source>
        <translation>%1 の展開を開始できません</translation>
    </message>
    <message>
        <source>%1 decompresses to more than %2 bytes</source>
        <translation>%1 は展開すると %2 バイトを超えます</translation>
    </message>
    <message>
        <source>%1 is a damaged or truncated gzip file</source>
        <translation>%1 は壊れているか途中で切れた gzip ファイルです</translation>
    </message>
    <message>
        <source>%1 is truncated: it ends inside its header</source>
        <translation>%1 は途中で切れています: ヘッダの途中で終わっています</translation>
    </message>
    <message>
        <source>%1 has the wrong magic number for an IDX file of %2-dimensional unsigned bytes</source>
        <translation>%1 のマジックナンバーは %2 次元の符号なしバイトの IDX ファイルのものではありません</translation>
    </message>
    <message>
        <source>%1 has an implausible dimension %2</source>
        <translation>%1 にありえない次元 %2 があります</translation>
    </message>
    <message>
        <source>%1 is truncated: its header promises %2 bytes of data, it holds %3</source>
        <translation>%1 は途中で切れています: ヘッダでは %2 バイトのデータですが、%3 バイトしかありません</translation>
    </message>
    <message>
        <source>%1 has trailing bytes: its header promises %2 bytes of data, it holds %3</source>
        <translation>%1 の末尾に余分なバイトがあります: ヘッダでは %2 バイトのデータですが、%3 バイトあります</translation>
    </message>
    <message>
        <source>cannot read the folder %1: %2</source>
        <translation>フォルダ %1 を読めません: %2</translation>
    </message>
    <message>
        <source>%1 is not a folder</source>
        <translation>%1 はフォルダではありません</translation>
    </message>
    <message>
        <source>%1 is not an image-folder dataset: it needs one sub-folder per class, at least two</source>
        <translation>%1 は画像フォルダのデータセットではありません: クラスごとにサブフォルダが 1 つ、少なくとも 2 つ必要です</translation>
    </message>
    <message>
        <source>the class folder %1 holds no images</source>
        <translation>クラスフォルダ %1 に画像がありません</translation>
    </message>
    <message>
        <source>the key is for images of %1, these images are %2</source>
        <translation>この鍵は %1 の画像用ですが、これらの画像は %2 です</translation>
    </message>
    <message>
        <source>the image is %1, the model takes %2</source>
        <translation>画像は %1 ですが、モデルの入力は %2 です</translation>
    </message>
    <message>
        <source>a photo dataset needs at least two photos, each with a class name</source>
        <translation>写真データセットには、それぞれクラス名の付いた写真が少なくとも 2 枚必要です</translation>
    </message>
    <message>
        <source>a photo dataset needs at least one copy of every photo</source>
        <translation>写真データセットには、各写真のコピーが少なくとも 1 つ必要です</translation>
    </message>
    <message>
        <source>answer file</source>
        <translation>回答ファイル</translation>
    </message>
    <message>
        <source>answer key file</source>
        <translation>回答鍵ファイル</translation>
    </message>
    <message>
        <source>answer slot</source>
        <translation>回答スロット</translation>
    </message>
    <message>
        <source>%1 names %2 classes</source>
        <translation>%1 のクラス数は %2 です</translation>
    </message>
    <message>
        <source>%1 has unexpected bytes after its slots</source>
        <translation>%1 のスロットの後に予期しないバイトがあります</translation>
    </message>
    <message>
        <source>%1 has unexpected bytes after its key</source>
        <translation>%1 の鍵の後に予期しないバイトがあります</translation>
    </message>
    <message>
        <source>a Kolmogorov-Smirnov test needs two non-empty samples</source>
        <translation>コルモゴロフ-スミルノフ検定には空でない標本が 2 つ必要です</translation>
    </message>
    <message>
        <source>the meter needs at least 100 honest keys</source>
        <translation>メーターには少なくとも 100 個の正直な鍵が必要です</translation>
    </message>
    <message>
        <source>the test needs at least 10 keys of each kind</source>
        <translation>この検定には各種類の鍵が少なくとも 10 個必要です</translation>
    </message>
    <message>
        <source>a guide&apos;s canvas is 16 or 32 pixels wide, not %1</source>
        <translation>ガイドのキャンバスの幅は 16 か 32 ピクセルです (%1 ではありません)</translation>
    </message>
    <message>
        <source>the guide key is for %1 pixels, the guide has %2</source>
        <translation>ガイド鍵は %1 ピクセル用ですが、ガイドは %2 ピクセルです</translation>
    </message>
    <message>
        <source>the garbled guide is %1, the claimed guide %2</source>
        <translation>撹乱されたガイドは %1、主張するガイドは %2 です</translation>
    </message>
    <message>
        <source>the garbled guide and the claimed guide have different colour histograms; no key opens one to the other</source>
        <translation>撹乱されたガイドと主張するガイドの色ヒストグラムが異なります。一方を他方に開く鍵はありません</translation>
    </message>
    <message>
        <source>guide key file</source>
        <translation>ガイド鍵ファイル</translation>
    </message>
    <message>
        <source>a guide key is a permutation of the guide&apos;s side x side pixels</source>
        <translation>ガイド鍵はガイドの 辺 x 辺 ピクセルの置換です</translation>
    </message>
    <message>
        <source>%1 is a guide key of side %2 (16 or 32 expected)</source>
        <translation>%1 は辺 %2 のガイド鍵です (16 か 32 が必要です)</translation>
    </message>
    <message>
        <source>%1 does not hold a permutation</source>
        <translation>%1 には置換が入っていません</translation>
    </message>
    <message>
        <source>guide pad</source>
        <translation>ガイドパッド</translation>
    </message>
    <message>
        <source>a guide pad must come from the operating system&apos;s generator: a seeded pad cannot be denied</source>
        <translation>ガイドパッドは OS の乱数生成器から作らなければなりません: シード付きのパッドでは否認できません</translation>
    </message>
    <message>
        <source>a guide&apos;s canvas is 16 or 32 pixels wide</source>
        <translation>ガイドのキャンバスの幅は 16 か 32 ピクセルです</translation>
    </message>
    <message>
        <source>a pad holds 1 to 100000 entries</source>
        <translation>パッドのエントリ数は 1 から 100000 です</translation>
    </message>
    <message>
        <source>%1 has a guide side of %2</source>
        <translation>%1 のガイドの辺は %2 です</translation>
    </message>
    <message>
        <source>%1 is a fixed-key pad with %2 entries</source>
        <translation>%1 は固定鍵のパッドなのにエントリが %2 個あります</translation>
    </message>
    <message>
        <source>%1 has unexpected bytes after its entries</source>
        <translation>%1 のエントリの後に予期しないバイトがあります</translation>
    </message>
    <message>
        <source>guide pad entry %1 was used already and is erased; an entry is never used twice</source>
        <translation>ガイドパッドのエントリ %1 は使用済みで消去されています。エントリが 2 度使われることはありません</translation>
    </message>
    <message>
        <source>%1 is used up: make a new pad and share it</source>
        <translation>%1 は使い切りました: 新しいパッドを作って共有してください</translation>
    </message>
    <message>
        <source>%1 has no entry %2</source>
        <translation>%1 にエントリ %2 はありません</translation>
    </message>
    <message>
        <source>this answer belongs to another query</source>
        <translation>この回答は別のクエリのものです</translation>
    </message>
    <message>
        <source>the query holds %1 ciphertexts per part, %2 model keys were given</source>
        <translation>クエリにはパートごとに %1 個の暗号文がありますが、モデル鍵は %2 個です</translation>
    </message>
    <message>
        <source>the model key %1 is for %2 images of %3, the query holds %4 images of %5</source>
        <translation>モデル鍵 %1 は %3 の %2 画像用ですが、クエリには %5 の %4 画像があります</translation>
    </message>
    <message>
        <source>a query needs at least one model key per part</source>
        <translation>クエリにはパートごとに少なくとも 1 つのモデル鍵が必要です</translation>
    </message>
    <message>
        <source>every model key of a query must have the same scheme, parameters and image size, or the parts could be told apart</source>
        <translation>クエリのモデル鍵はすべて同じ方式・パラメータ・画像サイズでなければなりません。そうでないとパートを見分けられてしまいます</translation>
    </message>
    <message>
        <source>both parts need the same number of model keys, or the query&apos;s shape tells them apart</source>
        <translation>両パートのモデル鍵の数は同じでなければなりません。そうでないとクエリの形でパートが見分けられます</translation>
    </message>
    <message>
        <source>query file</source>
        <translation>クエリファイル</translation>
    </message>
    <message>
        <source>every ciphertext of a query must have the same layout</source>
        <translation>クエリの暗号文はすべて同じ配置でなければなりません</translation>
    </message>
    <message>
        <source>a query needs the same number of ciphertexts, at least one, in both parts</source>
        <translation>クエリの両パートには同じ数 (1 以上) の暗号文が必要です</translation>
    </message>
    <message>
        <source>%1 has a guide of side %2 (16 or 32 expected)</source>
        <translation>%1 のガイドの辺は %2 です (16 か 32 が必要です)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 claims %2 ensemble members (1 to %3)</source>
        <translation>%1 はアンサンブルのメンバーが %2 個だとしています (1 から %3 まで)</translation>
    </message>
    <message>
        <source>%1 has unexpected bytes after its ciphertexts</source>
        <translation>%1 の暗号文の後に予期しないバイトがあります</translation>
    </message>
    <message>
        <source>%1 has no pixels (%2)</source>
        <translation>%1 には画素がありません (%2)</translation>
    </message>
    <message>
        <source>%1 has %2 channels; only 1 (gray) or 3 (RGB) are supported</source>
        <translation>%1 のチャンネル数は %2 です。対応しているのは 1 (グレー) か 3 (RGB) だけです</translation>
    </message>
    <message>
        <source>%1 is too large (%2)</source>
        <translation>%1 は大きすぎます (%2)</translation>
    </message>
    <message>
        <source>image data does not match its shape %1</source>
        <translation>画像データがその形 %1 と一致しません</translation>
    </message>
    <message>
        <source>cannot crop %1 to a larger size</source>
        <translation>%1 をより大きなサイズに切り抜くことはできません</translation>
    </message>
    <message>
        <source>%1 is truncated: the image ends before its data does</source>
        <translation>%1 は途中で切れています: データの途中で画像が終わっています</translation>
    </message>
    <message>
        <source>images with samples other than 8 or 16 bits are not supported</source>
        <translation>8 ビットまたは 16 ビット以外のサンプルの画像には対応していません</translation>
    </message>
    <message>
        <source>images with %1 channels are not supported</source>
        <translation>%1 チャンネルの画像には対応していません</translation>
    </message>
    <message>
        <source>%1 is empty</source>
        <translation>%1 は空です</translation>
    </message>
    <message>
        <source>%1 could not be decoded as an image: %2</source>
        <translation>%1 を画像としてデコードできませんでした: %2</translation>
    </message>
    <message>
        <source>%1 is not an image this program can read</source>
        <translation>%1 はこのプログラムが読める画像ではありません</translation>
    </message>
    <message>
        <source>the image could not be encoded as %1: %2</source>
        <translation>画像を %1 としてエンコードできませんでした: %2</translation>
    </message>
    <message>
        <source>the image could not be encoded as %1</source>
        <translation>画像を %1 としてエンコードできませんでした</translation>
    </message>
    <message>
        <source>%1: unknown image format &apos;.%2&apos;</source>
        <translation>%1: 不明な画像形式 &apos;.%2&apos;</translation>
    </message>
    <message>
        <source>%1 is not an image this program reads (PNG, JPEG, BMP, TIFF, WebP or PNM)</source>
        <translation>%1 はこのプログラムが読める画像 (PNG、JPEG、BMP、TIFF、WebP、PNM) ではありません</translation>
    </message>
    <message>
        <source>%1 claims %2 x %3 pixels, more than this program decodes (8192 x 8192)</source>
        <translation>%1 は %2 x %3 ピクセルだとしていますが、このプログラムがデコードできる大きさ (8192 x 8192) を超えています</translation>
    </message>
    <message>
        <source>the %1 key has no &apos;%2&apos; table</source>
        <translation>%1 の鍵に &apos;%2&apos; 表がありません</translation>
    </message>
    <message>
        <source>key file</source>
        <translation>鍵ファイル</translation>
    </message>
    <message>
        <source>%1: table &apos;%2&apos; has an invalid rank</source>
        <translation>%1: 表 &apos;%2&apos; の次元数が不正です</translation>
    </message>
    <message>
        <source>%1: table &apos;%2&apos; has an implausible size</source>
        <translation>%1: 表 &apos;%2&apos; の大きさがありえない値です</translation>
    </message>
    <message>
        <source>%1: table &apos;%2&apos; has an unknown element type</source>
        <translation>%1: 表 &apos;%2&apos; の要素の型が不明です</translation>
    </message>
    <message>
        <source>%1 has an unknown key origin</source>
        <translation>%1 の鍵の出所が不明です</translation>
    </message>
    <message>
        <source>%1 claims %2 tables</source>
        <translation>%1 は表が %2 個あるとしています</translation>
    </message>
    <message>
        <source>%1 has unexpected bytes after its tables</source>
        <translation>%1 の表の後に予期しないバイトがあります</translation>
    </message>
    <message>
        <source>%1 is not an LED Studio model file (or it is damaged)</source>
        <translation>%1 は LED Studio のモデルファイルではありません (または壊れています)</translation>
    </message>
    <message>
        <source>a sweep needs at least one block size and one noise level</source>
        <translation>スイープには少なくとも 1 つのブロックサイズと 1 つのノイズレベルが必要です</translation>
    </message>
    <message>
        <source>no such calibration measure</source>
        <translation>そのような校正指標はありません</translation>
    </message>
    <message>
        <source>noise %1</source>
        <translation>ノイズ %1</translation>
    </message>
    <message>
        <source>model file</source>
        <translation>モデルファイル</translation>
    </message>
    <message>
        <source>%1: its weights do not fit the %2 architecture it names</source>
        <translation>%1: 重みが、ファイルの示す %2 アーキテクチャに合いません</translation>
    </message>
    <message>
        <source>%1 was not trained on %2 ciphertexts</source>
        <translation>%1 は %2 の暗号文で学習されていません</translation>
    </message>
    <message>
        <source>%1 takes images of %2, the query holds %3</source>
        <translation>%1 の入力は %2 の画像ですが、クエリには %3 があります</translation>
    </message>
    <message>
        <source>%1 takes another input layout than the query&apos;s ciphertexts</source>
        <translation>%1 の入力配置はクエリの暗号文と異なります</translation>
    </message>
    <message>
        <source>the cloud&apos;s models do not share one set of class names</source>
        <translation>クラウドのモデルのクラス名が一致しません</translation>
    </message>
    <message>
        <source>the query was garbled with pad entry %1, not %2</source>
        <translation>クエリはパッドのエントリ %2 ではなく %1 で撹乱されています</translation>
    </message>
    <message>
        <source>the cloud holds one model set (normal process) or two (deniable process)</source>
        <translation>クラウドが持つモデルの組は 1 つ (通常の手順) か 2 つ (否認可能な手順) です</translation>
    </message>
    <message>
        <source>the query carries %1 ciphertexts per part, the cloud&apos;s model set has %2 models</source>
        <translation>クエリにはパートごとに %1 個の暗号文がありますが、クラウドのモデルの組は %2 個です</translation>
    </message>
    <message>
        <source>the pad entry does not open the query&apos;s guide to a triangle or a square: user and cloud pads disagree</source>
        <translation>パッドのエントリでクエリのガイドを開いても三角形にも四角形にもなりません: ユーザとクラウドのパッドが食い違っています</translation>
    </message>
    <message>
        <source>an ensemble needs at least one model</source>
        <translation>アンサンブルには少なくとも 1 つのモデルが必要です</translation>
    </message>
    <message>
        <source>every model of an ensemble must know the dataset&apos;s %1 classes</source>
        <translation>アンサンブルのモデルはすべてデータセットの %1 クラスを知っていなければなりません</translation>
    </message>
    <message>
        <source>absorbing a key needs a model trained on plain images</source>
        <translation>鍵の吸収には平文画像で学習したモデルが必要です</translation>
    </message>
    <message>
        <source>only an le key with split nibbles can be absorbed</source>
        <translation>吸収できるのはニブル分割した le の鍵だけです</translation>
    </message>
    <message>
        <source>the key&apos;s image shape must be the model&apos;s, and whole blocks</source>
        <translation>鍵の画像サイズはモデルと同じで、ブロックで割り切れなければなりません</translation>
    </message>
    <message>
        <source>unknown architecture &apos;%1&apos; (known: baseline, block-cnn, paper-cnn, resnet20)</source>
        <translation>不明なアーキテクチャ &apos;%1&apos; (既知のもの: baseline、block-cnn、paper-cnn、resnet20)</translation>
    </message>
    <message>
        <source>%1 is not a valid LED Studio model: %2</source>
        <translation>%1 は有効な LED Studio のモデルではありません: %2</translation>
    </message>
    <message>
        <source>a line without &apos;=&apos;</source>
        <translation>&apos;=&apos; のない行があります</translation>
    </message>
    <message>
        <source>unknown format &apos;%1&apos;</source>
        <translation>不明な形式 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>the value of &apos;%1&apos; is not a number</source>
        <translation>&apos;%1&apos; の値が数値ではありません</translation>
    </message>
    <message>
        <source>no format line</source>
        <translation>format の行がありません</translation>
    </message>
    <message>
        <source>it must name between 2 and 1000 classes</source>
        <translation>クラス数は 2 から 1000 でなければなりません</translation>
    </message>
    <message>
        <source>implausible input size</source>
        <translation>入力サイズがありえない値です</translation>
    </message>
    <message>
        <source>this model was trained on images encrypted with key %1; give that key</source>
        <translation>このモデルは鍵 %1 で暗号化した画像で学習されています。その鍵を指定してください</translation>
    </message>
    <message>
        <source>this model was trained on plain images; it takes no key</source>
        <translation>このモデルは平文画像で学習されています。鍵は不要です</translation>
    </message>
    <message>
        <source>this model was trained with key %1, not with key %2</source>
        <translation>このモデルは鍵 %2 ではなく鍵 %1 で学習されています</translation>
    </message>
    <message>
        <source>unknown architecture &apos;%1&apos;</source>
        <translation>不明なアーキテクチャ &apos;%1&apos;</translation>
    </message>
    <message>
        <source>batch size, steps and threads must be positive</source>
        <translation>バッチサイズ、ステップ数、スレッド数は正でなければなりません</translation>
    </message>
    <message>
        <source>%1 is a checkpoint of %2, not of %3</source>
        <translation>%1 は %3 ではなく %2 のチェックポイントです</translation>
    </message>
    <message>
        <source>%1 is a model file, not a checkpoint: it has no optimizer state</source>
        <translation>%1 はチェックポイントではなくモデルファイルです: 最適化器の状態がありません</translation>
    </message>
    <message>
        <source>the weight decay cannot be negative</source>
        <translation>重み減衰は負にできません</translation>
    </message>
    <message>
        <source>epochs, batch size and learning rate must be positive</source>
        <translation>エポック数、バッチサイズ、学習率は正でなければなりません</translation>
    </message>
    <message>
        <source>the pixel noise must be from 0 to 255</source>
        <translation>画素ノイズは 0 から 255 まででなければなりません</translation>
    </message>
    <message>
        <source>the model takes %1 images; the dataset&apos;s are %2</source>
        <translation>モデルの入力は %1 の画像ですが、データセットは %2 です</translation>
    </message>
    <message>
        <source>both models must take the test set&apos;s images (%1)</source>
        <translation>両方のモデルがテストセットの画像 (%1) を入力にできなければなりません</translation>
    </message>
    <message>
        <source>images of %1 and %2 cannot be compared</source>
        <translation>%1 と %2 の画像は比較できません</translation>
    </message>
    <message>
        <source>rmt&apos;s ciphertexts are real numbers: JPEG cannot hold them</source>
        <translation>rmt の暗号文は実数です: JPEG では保存できません</translation>
    </message>
    <message>
        <source>JPEG quality runs from 1 to 100</source>
        <translation>JPEG の品質は 1 から 100 です</translation>
    </message>
    <message>
        <source>plain JPEG</source>
        <translation>平文 JPEG</translation>
    </message>
    <message>
        <source>a chart needs at least one point</source>
        <translation>グラフには少なくとも 1 つの点が必要です</translation>
    </message>
    <message>
        <source>project file</source>
        <translation>プロジェクトファイル</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a project entry name</source>
        <translation>&apos;%1&apos; はプロジェクトのエントリ名ではありません</translation>
    </message>
    <message>
        <source>the project entry %1 is longer than 4,096 bytes</source>
        <translation>プロジェクトのエントリ %1 が 4,096 バイトを超えています</translation>
    </message>
    <message>
        <source>a project holds at most 1,024 entries</source>
        <translation>プロジェクトのエントリは最大 1,024 個です</translation>
    </message>
    <message>
        <source>%1 claims %2 entries (at most 1,024)</source>
        <translation>%1 はエントリが %2 個あるとしています (最大 1,024)</translation>
    </message>
    <message>
        <source>%1 has a malformed entry name</source>
        <translation>%1 に不正なエントリ名があります</translation>
    </message>
    <message>
        <source>this %1 key is for images of %2, the image is %3</source>
        <translation>この %1 の鍵は %2 の画像用ですが、画像は %3 です</translation>
    </message>
    <message>
        <source>ciphertext file</source>
        <translation>暗号文ファイル</translation>
    </message>
    <message>
        <source>%1 has unexpected bytes after its samples</source>
        <translation>%1 のサンプルの後に予期しないバイトがあります</translation>
    </message>
    <message>
        <source>rmt ciphertexts are real numbers; save %1 as a .ledc file</source>
        <translation>rmt の暗号文は実数です。%1 は .ledc ファイルとして保存してください</translation>
    </message>
    <message>
        <source>%1: a lossy format would destroy the ciphertext; use .png, .bmp or .ledc</source>
        <translation>%1: 非可逆形式では暗号文が壊れます。.png、.bmp、.ledc のいずれかを使ってください</translation>
    </message>
    <message>
        <source>the key is for scheme %1, %2 was encrypted with %3</source>
        <translation>鍵は方式 %1 用ですが、%2 は %3 で暗号化されています</translation>
    </message>
    <message>
        <source>the &apos;%1&apos; table is %2, but %3 for %4 images needs %5</source>
        <translation>&apos;%1&apos; 表は %2 ですが、%4 の画像の %3 には %5 が必要です</translation>
    </message>
    <message>
        <source>the &apos;%1&apos; table holds %2 where %3 belong</source>
        <translation>&apos;%1&apos; 表には %3 があるべきところに %2 があります</translation>
    </message>
    <message>
        <source>the &apos;%1&apos; table holds %2, but its entries must be below %3</source>
        <translation>&apos;%1&apos; 表に %2 がありますが、要素は %3 未満でなければなりません</translation>
    </message>
    <message>
        <source>a %1 key has no &apos;%2&apos; table; is this key for another scheme?</source>
        <translation>%1 の鍵に &apos;%2&apos; 表がありません。別の方式の鍵ではありませんか?</translation>
    </message>
    <message>
        <source>the &apos;orthogonal&apos; table holds a value that is not a number</source>
        <translation>&apos;orthogonal&apos; 表に数値でない値があります</translation>
    </message>
    <message>
        <source>the &apos;orthogonal&apos; table holds a matrix that is not orthogonal (matrix %1)</source>
        <translation>&apos;orthogonal&apos; 表に直交でない行列があります (行列 %1)</translation>
    </message>
    <message>
        <source>unknown scheme &apos;%1&apos; (known: %2)</source>
        <translation>不明な方式 &apos;%1&apos; (既知のもの: %2)</translation>
    </message>
    <message>
        <source>pe encrypts pixel by pixel; its block size is 1, not %1</source>
        <translation>pe は画素ごとに暗号化します。ブロックサイズは %1 ではなく 1 です</translation>
    </message>
    <message>
        <source>block size must be between 1 and 64, not %1</source>
        <translation>ブロックサイズは 1 から 64 まででなければなりません (%1 ではなく)</translation>
    </message>
    <message>
        <source>rmt needs blocks of at least 2x2</source>
        <translation>rmt には 2x2 以上のブロックが必要です</translation>
    </message>
    <message>
        <source>noise level must be between 0 and 255</source>
        <translation>ノイズレベルは 0 から 255 まででなければなりません</translation>
    </message>
    <message>
        <source>only rmt adds noise; %1 takes no noise level</source>
        <translation>ノイズを加えるのは rmt だけです。%1 にノイズレベルはありません</translation>
    </message>
    <message>
        <source>cannot make a %1 key with the %2 scheme</source>
        <translation>%2 方式で %1 の鍵は作れません</translation>
    </message>
    <message>
        <source>the cloud&apos;s model (%1)</source>
        <translation>クラウドのモデル (%1)</translation>
    </message>
    <message>
        <source>this %1 key decrypts ciphertexts of %2 %3 (from images of %4); this ciphertext is %5 %6</source>
        <translation>この %1 の鍵が復号するのは %2 の%3の暗号文 (%4 の画像から) ですが、この暗号文は %5 の%6です</translation>
    </message>
    <message>
        <source>real values</source>
        <translation>実数値</translation>
    </message>
    <message>
        <source>bytes</source>
        <translation>バイト</translation>
    </message>
    <message>
        <source>integers</source>
        <translation>整数</translation>
    </message>
    <message>
        <source>real numbers</source>
        <translation>実数</translation>
    </message>
    <message>
        <source>the &apos;%1&apos; table is not a permutation in row %2</source>
        <translation>&apos;%1&apos; 表の %2 行目は置換ではありません</translation>
    </message>
    <message>
        <source>the &apos;%1&apos; table is not a permutation</source>
        <translation>&apos;%1&apos; 表は置換ではありません</translation>
    </message>
    <message>
        <source>infinite PSNR (exactly)</source>
        <translation>無限大の PSNR (完全一致)</translation>
    </message>
    <message>
        <source>%1 dB PSNR</source>
        <translation>PSNR %1 dB</translation>
    </message>
    <message>
        <source>chosen-plaintext key recovery</source>
        <translation>選択平文による鍵の復元</translation>
    </message>
    <message>
        <source>Does not apply: it exploits le&apos;s single block key, and %1 is not built from nibble slots.</source>
        <translation>適用外: この攻撃は le の単一ブロック鍵を突くもので、%1 はニブルのスロットでできていません。</translation>
    </message>
    <message>
        <source>jigsaw solver</source>
        <translation>ジグソーソルバー</translation>
    </message>
    <message>
        <source>Does not apply: rmt multiplies every block by its own orthogonal matrix, so no edge continues into its neighbour.</source>
        <translation>適用外: rmt は各ブロックにそれぞれの直交行列を掛けるので、隣のブロックへ続く縁がありません。</translation>
    </message>
    <message>
        <source>Does not apply: %1 leaves every pixel where it was; there is no puzzle to solve.</source>
        <translation>適用外: %1 は各画素を元の位置に残すので、解くべきパズルがありません。</translation>
    </message>
    <message>
        <source>Does not apply: %1 leaves every block where it was; there is no puzzle to solve.</source>
        <translation>適用外: %1 は各ブロックを元の位置に残すので、解くべきパズルがありません。</translation>
    </message>
    <message>
        <source>%1 pieces of %2x%2, turned, mirrored and negated as EtC does (colour order not attacked), solved in %3 s: direct %4, neighbour %5, largest component %6 (up to one global turn and sign).</source>
        <translation>%2x%2 のピース %1 個 (EtC と同様に回転・反転・ネガポジ反転、色の順序は攻撃対象外) を %3 秒で解きました: 直接 %4、隣接 %5、最大連結成分 %6 (全体の回転と符号の違いを除く)。</translation>
    </message>
    <message>
        <source>known-plaintext regression</source>
        <translation>既知平文による回帰</translation>
    </message>
    <message>
        <source>Does not apply: it fits rmt&apos;s orthogonal block matrices.</source>
        <translation>適用外: この攻撃は rmt の直交ブロック行列を推定するものです。</translation>
    </message>
    <message>
        <source>From one known image and its ciphertext, the attacker decrypts this image at %1 (%2 flat block-channels of the known image inverted only in part).</source>
        <translation>既知の画像 1 枚とその暗号文から、攻撃者はこの画像を %1 で復号します (既知画像の平坦なブロック・チャンネル %2 個は一部しか逆算できません)。</translation>
    </message>
    <message>
        <source>From one known image and its ciphertext, the attacker decrypts this image at %1.</source>
        <translation>既知の画像 1 枚とその暗号文から、攻撃者はこの画像を %1 で復号します。</translation>
    </message>
    <message>
        <source>what the ciphertext keeps</source>
        <translation>暗号文に残るもの</translation>
    </message>
    <message>
        <source>JPEG rate-distortion</source>
        <translation>JPEG のレート歪み</translation>
    </message>
    <message>
        <source>done</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>a kept sentence is damaged</source>
        <translation>保存された文が壊れています</translation>
    </message>
    <message>
        <source>cannot append to the log %1: %2</source>
        <translation>ログ %1 に追記できません: %2</translation>
    </message>
    <message>
        <source>cannot write the log %1: %2</source>
        <translation>ログ %1 を書き込めません: %2</translation>
    </message>
    <message>
        <source>this answer key does not open this answer: the answer was altered, or it belongs to another query</source>
        <translation>この回答鍵ではこの回答を開けません: 回答が改ざんされたか、別のクエリのものです</translation>
    </message>
    <message>
        <source>the answer&apos;s slot holds no label of its classes</source>
        <translation>回答のスロットにはそのクラスのラベルがありません</translation>
    </message>
    <message>
        <source>OpenCV&apos;s image codecs cannot be loaded: %1</source>
        <translation>OpenCV の画像コーデックを読み込めません: %1</translation>
    </message>
    <message>
        <source>the adaptation layer&apos;s weights do not fit the model</source>
        <translation>適応層の重みがモデルに合いません</translation>
    </message>
    <message>
        <source>the model takes inputs of %1; the data holds %2</source>
        <translation>モデルの入力は %1 ですが、データは %2 です</translation>
    </message>
    <message>
        <source>training needs at least one training and one test image</source>
        <translation>学習には少なくとも 1 枚の訓練画像と 1 枚のテスト画像が必要です</translation>
    </message>
    <message>
        <source>the two photos need different names: they are the demo models&apos; classes</source>
        <translation>2 枚の写真には別々の名前が必要です: それらがデモモデルのクラスになります</translation>
    </message>
    <message>
        <source>the demo cloud has one or two model sets of one model or more</source>
        <translation>デモのクラウドは 1 つ以上のモデルからなるモデル組を 1 つまたは 2 つ持ちます</translation>
    </message>
    <message>
        <source>setting up the cloud was cancelled</source>
        <translation>クラウドの準備は取り消されました</translation>
    </message>
    <message>
        <source>an ensemble has from 1 to 100 models</source>
        <translation>アンサンブルのモデル数は 1 から 100 です</translation>
    </message>
    <message>
        <source>%1 is not a sentence as LED Studio keeps one</source>
        <translation>%1 は LED Studio が保存する形式の文ではありません</translation>
    </message>
    <message>
        <source>%1 holds more than %2 points</source>
        <translation>%1 には %2 個を超える点があります</translation>
    </message>
    <message>
        <source>%1 should hold points quality:bits per pixel:PSNR</source>
        <translation>%1 には 品質:画素あたりビット数:PSNR の形の点が必要です</translation>
    </message>
    <message>
        <source>%1 is %2, not the audited picture&apos;s %3</source>
        <translation>%1 は %2 で、監査した画像の %3 ではありません</translation>
    </message>
    <message>
        <source>%1 exists and is not a scheme audit folder: save the project under another name</source>
        <translation>%1 は既に存在し、方式の監査のフォルダではありません。別の名前でプロジェクトを保存してください</translation>
    </message>
    <message>
        <source>%1 is no scheme audit folder (it has no %2).</source>
        <translation>%1 は方式の監査のフォルダではありません (%2 がありません)。</translation>
    </message>
    <message>
        <source>%1 should be a whole number from %2 to %3</source>
        <translation>%1 は %2 から %3 までの整数でなければなりません</translation>
    </message>
    <message>
        <source>%1 should be a number from %2 to %3</source>
        <translation>%1 は %2 から %3 までの数値でなければなりません</translation>
    </message>
    <message>
        <source>%1 should be 0 or 1</source>
        <translation>%1 は 0 か 1 でなければなりません</translation>
    </message>
    <message>
        <source>Cannot create a folder in %1.</source>
        <translation>%1 にフォルダを作成できません。</translation>
    </message>
    <message>
        <source>Cannot replace the folder %1.</source>
        <translation>フォルダ %1 を置き換えられません。</translation>
    </message>
    <message>
        <source>Cannot put the folder in place at %1.</source>
        <translation>フォルダを %1 に配置できません。</translation>
    </message>
    <message>
        <source>%1 should hold probabilities</source>
        <translation>%1 には確率が必要です</translation>
    </message>
    <message>
        <source>%1 should hold %2 numbers</source>
        <translation>%1 には %2 個の数値が必要です</translation>
    </message>
    <message>
        <source>%1 was not trained for %2</source>
        <translation>%1 は %2 用に学習されたモデルではありません</translation>
    </message>
    <message>
        <source>pad.%1 names no guide pad of a session</source>
        <translation>pad.%1 はセッションのガイドパッドを指していません</translation>
    </message>
    <message>
        <source>guideKeys should be pad or fixed</source>
        <translation>guideKeys は pad か fixed でなければなりません</translation>
    </message>
    <message>
        <source>%1 answers another query than query.ledq</source>
        <translation>%1 は query.ledq とは別のクエリへの回答です</translation>
    </message>
    <message>
        <source>a query without the cloud&apos;s models</source>
        <translation>クラウドのモデルがないのにクエリがあります</translation>
    </message>
    <message>
        <source>%1 was not made with the session&apos;s model keys</source>
        <translation>%1 はセッションのモデル鍵で作られていません</translation>
    </message>
    <message>
        <source>%1 and answer.ledak are not query.ledq&apos;s keys</source>
        <translation>%1 と answer.ledak は query.ledq の鍵ではありません</translation>
    </message>
    <message>
        <source>%1 does not open query.ledq&apos;s guide to the part the coin names</source>
        <translation>%1 は query.ledq のガイドをコインが示すパートに開きません</translation>
    </message>
    <message>
        <source>%1 exists and is not a cloud session folder: save the project under another name</source>
        <translation>%1 は既に存在し、クラウドセッションのフォルダではありません。別の名前でプロジェクトを保存してください</translation>
    </message>
    <message>
        <source>%1 is no cloud session folder (it has no %2).</source>
        <translation>%1 はクラウドセッションのフォルダではありません (%2 がありません)。</translation>
    </message>
    <message>
        <source>process should be deniable or normal</source>
        <translation>process は deniable か normal でなければなりません</translation>
    </message>
    <message>
        <source>%1 holds an unfinished export of other settings (%2); remove it or choose another folder</source>
        <translation>%1 には別の設定で途中まで書き出したデータセットがあります (%2)。削除するか、別のフォルダを選んでください</translation>
    </message>
    <message>
        <source>an export has from 1 to 1000 copies of the training set</source>
        <translation>書き出す訓練データの複製は 1 から 1000 個です</translation>
    </message>
    <message>
        <source>a shard holds at least one image</source>
        <translation>シャードには少なくとも 1 枚の画像が入ります</translation>
    </message>
    <message>
        <source>%1 already holds an encrypted dataset; choose another folder</source>
        <translation>%1 には既に暗号化データセットがあります。別のフォルダを選んでください</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>フォルダ %1 を作成できません</translation>
    </message>
    <message>
        <source>rank 0 cannot listen on %1 for the ranks&apos; rendezvous: the port is in use; choose another MASTER_PORT</source>
        <translation>ランク 0 はランクの待ち合わせのために %1 で待ち受けられません: ポートが使用中です。別の MASTER_PORT を選んでください</translation>
    </message>
    <message>
        <source>not all %1 ranks (WORLD_SIZE) joined at %2 within %3 s: check WORLD_SIZE and that every rank was started</source>
        <translation>%3 秒以内に %2 に %1 個すべてのランク (WORLD_SIZE) がそろいませんでした: WORLD_SIZE と、すべてのランクが起動したかを確認してください</translation>
    </message>
    <message>
        <source>rank %1 found no rendezvous store answering at %2 within %3 s: check MASTER_ADDR and MASTER_PORT, and that rank 0 runs</source>
        <translation>ランク %1 は %3 秒以内に %2 で応答する待ち合わせストアを見つけられませんでした: MASTER_ADDR と MASTER_PORT、ランク 0 が動いているかを確認してください</translation>
    </message>
    <message>
        <source>this LibTorch has no NCCL for data-parallel training on CUDA; train with --cpu, or build with a LibTorch that has it</source>
        <translation>この LibTorch には CUDA でデータ並列学習を行うための NCCL がありません。--cpu で学習するか、NCCL のある LibTorch でビルドしてください</translation>
    </message>
    <message>
        <source>the rendezvous store stopped answering: %1</source>
        <translation>待ち合わせストアが応答しなくなりました: %1</translation>
    </message>
    <message>
        <source>rank 0 stopped answering (it holds the ranks&apos; rendezvous store); training ends here</source>
        <translation>ランク 0 が応答しなくなりました (ランクの待ち合わせストアを保持しています)。学習はここで終わります</translation>
    </message>
    <message>
        <source>a collective operation of the ranks failed: %1</source>
        <translation>ランクの集団通信が失敗しました: %1</translation>
    </message>
    <message>
        <source>rank %1 stopped answering (no sign of life for %2 s); training ends here</source>
        <translation>ランク %1 が応答しなくなりました (%2 秒間応答なし)。学習はここで終わります</translation>
    </message>
    <message>
        <source>this run cuts the training set into %1 partitions: it takes at most %1 ranks, not %2</source>
        <translation>この学習は訓練データを %1 個の区分に分けます: 使えるランクは最大 %1 個で、%2 個ではありません</translation>
    </message>
    <message>
        <source>the batch (%1) must hold at least one image of each of the %2 partitions</source>
        <translation>バッチ (%1) には %2 個の区分それぞれから少なくとも 1 枚の画像が必要です</translation>
    </message>
    <message>
        <source>after epoch %1 rank %2 holds other weights than rank 0</source>
        <translation>エポック %1 の後、ランク %2 の重みがランク 0 と異なります</translation>
    </message>
    <message>
        <source>%1 should be a whole number from %2 to %3, not &apos;%4&apos;</source>
        <translation>%1 は %2 から %3 までの整数でなければなりません (「%4」ではなく)</translation>
    </message>
    <message>
        <source>MASTER_ADDR is not set: the ranks do not know where to meet</source>
        <translation>MASTER_ADDR が設定されていません: ランクは待ち合わせ場所を知りません</translation>
    </message>
    <message>
        <source>a run has from 1 to 4096 partitions</source>
        <translation>学習の区分の数は 1 から 4096 です</translation>
    </message>
    <message>
        <source>%1 is not the manifest of an encrypted dataset: %2</source>
        <translation>%1 は暗号化データセットのマニフェストではありません: %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is missing</source>
        <translation>「%1」がありません</translation>
    </message>
    <message>
        <source>&apos;%1&apos; should be a whole number from %2 to %3</source>
        <translation>「%1」は %2 から %3 までの整数でなければなりません</translation>
    </message>
    <message>
        <source>&apos;%1&apos; should be true or false</source>
        <translation>「%1」は true か false でなければなりません</translation>
    </message>
    <message>
        <source>&apos;%1&apos; should be a text</source>
        <translation>「%1」は文字列でなければなりません</translation>
    </message>
    <message>
        <source>&apos;%1&apos; should hold %2 numbers</source>
        <translation>「%1」には %2 個の数値が必要です</translation>
    </message>
    <message>
        <source>&apos;%1&apos; should hold sizes</source>
        <translation>「%1」には大きさが必要です</translation>
    </message>
    <message>
        <source>&apos;noise&apos; should be a number</source>
        <translation>「noise」は数値でなければなりません</translation>
    </message>
    <message>
        <source>its shards do not fit its counts</source>
        <translation>シャードが件数と合いません</translation>
    </message>
    <message>
        <source>the shard %1 is not where its counts put it</source>
        <translation>シャード %1 が件数の示す位置にありません</translation>
    </message>
    <message>
        <source>shards are missing</source>
        <translation>シャードが欠けています</translation>
    </message>
    <message>
        <source>it names another format</source>
        <translation>別の形式を名乗っています</translation>
    </message>
    <message>
        <source>it is of another version</source>
        <translation>別の版です</translation>
    </message>
    <message>
        <source>&apos;key_fingerprint&apos; should be 16 hex digits</source>
        <translation>「key_fingerprint」は 16 桁の 16 進数でなければなりません</translation>
    </message>
    <message>
        <source>images have 1 or 3 channels</source>
        <translation>画像のチャネル数は 1 か 3 です</translation>
    </message>
    <message>
        <source>&apos;layout&apos; is not its scheme&apos;s</source>
        <translation>「layout」がその方式のものではありません</translation>
    </message>
    <message>
        <source>&apos;stored&apos; is not its scheme&apos;s</source>
        <translation>「stored」がその方式のものではありません</translation>
    </message>
    <message>
        <source>a class name is not a text</source>
        <translation>クラス名が文字列ではありません</translation>
    </message>
    <message>
        <source>the test set is there once</source>
        <translation>テストデータは 1 回だけ含まれます</translation>
    </message>
    <message>
        <source>it is not well-formed JSON</source>
        <translation>正しい JSON ではありません</translation>
    </message>
    <message>
        <source>%1 is an unfinished export: %2 of %3 shards are written; run the same led dataset encrypt again to finish it</source>
        <translation>%1 は書き出しの途中です: %3 個中 %2 個のシャードが書かれています。同じ led dataset encrypt をもう一度実行すると完了します</translation>
    </message>
    <message>
        <source>%1 is not an encrypted dataset: it has no %2</source>
        <translation>%1 は暗号化データセットではありません: %2 がありません</translation>
    </message>
    <message>
        <source>%1 says it is unfinished</source>
        <translation>%1 は未完了だと記しています</translation>
    </message>
    <message>
        <source>%1 is not a NumPy array of this encrypted dataset: %2</source>
        <translation>%1 はこの暗号化データセットの NumPy 配列ではありません: %2</translation>
    </message>
    <message>
        <source>no .npy header</source>
        <translation>.npy のヘッダがありません</translation>
    </message>
    <message>
        <source>a .npy version other than 1.0</source>
        <translation>1.0 以外の .npy の版です</translation>
    </message>
    <message>
        <source>a truncated header</source>
        <translation>ヘッダが途中で切れています</translation>
    </message>
    <message>
        <source>a header this program does not write</source>
        <translation>このプログラムが書かないヘッダです</translation>
    </message>
    <message>
        <source>too many dimensions</source>
        <translation>次元が多すぎます</translation>
    </message>
    <message>
        <source>it holds fewer values than its shape says</source>
        <translation>形が示すより値が少ないです</translation>
    </message>
    <message>
        <source>it holds another number of values than its shape says</source>
        <translation>形が示すのと異なる数の値を持っています</translation>
    </message>
    <message>
        <source>%1 does not hold the ciphertexts the manifest describes</source>
        <translation>%1 にはマニフェストが記す暗号文が入っていません</translation>
    </message>
    <message>
        <source>%1 does not hold the labels the manifest describes</source>
        <translation>%1 にはマニフェストが記すラベルが入っていません</translation>
    </message>
    <message>
        <source>%1 holds a label of no class</source>
        <translation>%1 にはどのクラスでもないラベルがあります</translation>
    </message>
    <message>
        <source>a load needs clients and queries</source>
        <translation>負荷にはクライアントとクエリが必要です</translation>
    </message>
    <message>
        <source>the query was composed with another guide pad than this one</source>
        <translation>このクエリは別のガイドパッドで作られました</translation>
    </message>
    <message>
        <source>cannot use %1: %2</source>
        <translation>%1 を使えません: %2</translation>
    </message>
    <message>
        <source>%1 is too large</source>
        <translation>%1 は大きすぎます</translation>
    </message>
    <message>
        <source>%1: entry %2 is damaged</source>
        <translation>%1: エントリ %2 が壊れています</translation>
    </message>
    <message>
        <source>guide pad %1</source>
        <translation>ガイドパッド %1</translation>
    </message>
    <message>
        <source>%1: entry %2 is damaged (the file was altered)</source>
        <translation>%1: エントリ %2 が壊れています（ファイルが改変されました）</translation>
    </message>
    <message>
        <source>%1 is not a line of a cloud&apos;s log</source>
        <translation>%1 はクラウドのログの行ではありません</translation>
    </message>
    <message>
        <source>a kit needs the model keys of every part, as many for each</source>
        <translation>キットには各パートのモデル鍵が同じ数だけ必要です</translation>
    </message>
    <message>
        <source>%1 exists and is not a classroom kit: choose another folder</source>
        <translation>%1 は既にあり、教室キットではありません: 別のフォルダーを選んでください</translation>
    </message>
    <message>
        <source>%1 is no classroom kit (it has no %2)</source>
        <translation>%1 は教室キットではありません（%2 がありません）</translation>
    </message>
    <message>
        <source>a process that is neither deniable nor normal</source>
        <translation>否認可能でも通常でもないプロセス</translation>
    </message>
    <message>
        <source>no cloud answers at %1: is led-cloud serve running there?</source>
        <translation>%1 で応答するクラウドがありません: そこで led-cloud serve は動いていますか?</translation>
    </message>
    <message>
        <source>the cloud at %1 did not answer in time</source>
        <translation>%1 のクラウドが時間内に応答しませんでした</translation>
    </message>
    <message>
        <source>the cloud at %1 is not the one its certificate names, or its certificate is not trusted</source>
        <translation>%1 のクラウドは証明書の名前と一致しないか、証明書が信頼されていません</translation>
    </message>
    <message>
        <source>the cloud at %1 could not be reached: %2</source>
        <translation>%1 のクラウドに接続できませんでした: %2</translation>
    </message>
    <message>
        <source>%1 is not a cloud&apos;s address: give http://HOST:PORT or https://HOST:PORT</source>
        <translation>%1 はクラウドのアドレスではありません: http://HOST:PORT か https://HOST:PORT を指定してください</translation>
    </message>
    <message>
        <source>this build was made without OpenSSL: it speaks HTTP only</source>
        <translation>このビルドは OpenSSL なしで作られています: HTTP のみです</translation>
    </message>
    <message>
        <source>the cloud at %1 stayed busy for %2 tries: %3</source>
        <translation>%1 のクラウドは %2 回の試行のあいだ混雑したままでした: %3</translation>
    </message>
    <message>
        <source>the cloud refused the query (%1): %2</source>
        <translation>クラウドがクエリを拒否しました（%1）: %2</translation>
    </message>
    <message>
        <source>the cloud refused (%1): %2</source>
        <translation>クラウドが拒否しました（%1）: %2</translation>
    </message>
    <message>
        <source>%1 is not a folder of guide pads</source>
        <translation>%1 はガイドパッドのフォルダーではありません</translation>
    </message>
    <message>
        <source>HTTPS needs both a certificate and its private key</source>
        <translation>HTTPS には証明書とその秘密鍵の両方が必要です</translation>
    </message>
    <message>
        <source>cannot serve HTTPS with %1 and %2: not a certificate and its private key in PEM</source>
        <translation>%1 と %2 では HTTPS を提供できません: PEM の証明書と秘密鍵ではありません</translation>
    </message>
    <message>
        <source>this led-cloud was built without OpenSSL: it serves HTTP only</source>
        <translation>この led-cloud は OpenSSL なしでビルドされています: HTTP のみ提供します</translation>
    </message>
    <message>
        <source>cannot listen on %1 port %2: %3</source>
        <translation>%1 のポート %2 で待ち受けできません: %3</translation>
    </message>
    <message>
        <source>the cloud answered another query</source>
        <translation>クラウドは別のクエリに答えました</translation>
    </message>
    <message>
        <source>Verdict: reads the picture, since %1.</source>
        <translation>判定：画像を読み取れる（%1 のため）。</translation>
    </message>
    <message>
        <source>Verdict: fails, since %1.</source>
        <translation>判定：失敗（%1 のため）。</translation>
    </message>
    <message>
        <source>the reconstruction&apos;s SSIM %1 is at least %2</source>
        <translation>復元画像の SSIM %1 が %2 以上</translation>
    </message>
    <message>
        <source>the reconstruction&apos;s SSIM %1 is below %2</source>
        <translation>復元画像の SSIM %1 が %2 未満</translation>
    </message>
    <message>
        <source>there is no reconstruction</source>
        <translation>復元画像がない</translation>
    </message>
    <message>
        <source>Recovered the key exactly (chosen images used: %1); the attacker decrypts at %2.</source>
        <translation>鍵を正確に復元しました（使用した選択画像：%1）。攻撃者は %2 で復号します。</translation>
    </message>
    <message>
        <source>Recovered a key (chosen images used: %1); the attacker decrypts at %2.</source>
        <translation>鍵を復元しました（使用した選択画像：%1）。攻撃者は %2 で復号します。</translation>
    </message>
    <message>
        <source>Does not apply: ele moves its blocks, but scrambles the pixels inside each with a key of its own position, so no piece&apos;s edge continues into its neighbour&apos;s; the solver has nothing to match.</source>
        <translation>適用外：ele はブロックを動かしますが、各ブロック内の画素をその位置固有の鍵でスクランブルするため、どのピースの縁も隣と連続しません。ソルバーには照合するものがありません。</translation>
    </message>
    <message>
        <source>a share of %1 of adjacent pieces are joined as in the picture, at least %2</source>
        <translation>隣接するピースのうち %1 の割合が画像どおりにつながっており、%2 以上</translation>
    </message>
    <message>
        <source>a share of %1 of adjacent pieces are joined as in the picture, below %2</source>
        <translation>隣接するピースのうち %1 の割合が画像どおりにつながっており、%2 未満</translation>
    </message>
    <message>
        <source>No key recovered (chosen images used: %1): %2.</source>
        <translation>鍵は復元できませんでした（使用した選択画像：%1）：%2。</translation>
    </message>
    <message>
        <source>%1 was trained with %2 partitions, not %3: resume with --partitions %2, or leave it out</source>
        <translation>%1 は %3 ではなく %2 個のパーティションで学習されました: --partitions %2 で再開するか、指定を省いてください</translation>
    </message>
    <message>
        <source>cannot start the server: %1</source>
        <translation>サーバーを開始できません: %1</translation>
    </message>
    <message>
        <source>cannot start a TLS session</source>
        <translation>TLS セッションを開始できません</translation>
    </message>
    <message>
        <source>%1 is damaged or in another shard&apos;s place: its SHA-256 is not the one the dataset&apos;s manifest names</source>
        <translation>%1 は壊れているか、別のシャードの位置にあります: その SHA-256 はデータセットのマニフェストが示すものと一致しません</translation>
    </message>
    <message>
        <source>A restoring network cannot map %1 to %2 with blocks of %3.</source>
        <translation>復元ネットワークは、%3 のブロックで %1 を %2 に対応させられません。</translation>
    </message>
    <message>
        <source>A restoring network needs whole inputs and images, at least one of each.</source>
        <translation>復元ネットワークには、完全な入力と画像がそれぞれ少なくとも 1 つ必要です。</translation>
    </message>
    <message>
        <source>training the attack&apos;s network was cancelled</source>
        <translation>攻撃ネットワークの学習は取り消されました</translation>
    </message>
    <message>
        <source>An inverse network needs as many images as inputs.</source>
        <translation>逆変換ネットワークには、入力と同じ数の画像が必要です。</translation>
    </message>
    <message>
        <source>A restoring network needs whole inputs, at least one.</source>
        <translation>復元ネットワークには、完全な入力が少なくとも 1 つ必要です。</translation>
    </message>
    <message>
        <source>The feature-reconstruction attack takes an image of one or three channels.</source>
        <translation>特徴再構成攻撃は 1 チャンネルまたは 3 チャンネルの画像を受け付けます。</translation>
    </message>
    <message>
        <source>feature reconstruction (FR)</source>
        <translation>特徴再構成（FR）</translation>
    </message>
    <message>
        <source>From the ciphertext alone, without key or training: the basic reconstruction (each sample or its negative, whichever is at most 127) at SSIM %1; the advanced one (per pixel, the colour order and flips closest to its decoded neighbours) at %2, up to one colour order and flip pattern for the whole picture.</source>
        <translation>鍵も学習もなく暗号文だけから：基本再構成（各サンプルかその反転のうち 127 以下のほう）は SSIM %1、発展版（画素ごとに、復号済みの近傍に最も近い色順と反転）は %2（画像全体で一つの色順と反転パターンを除いて）。</translation>
    </message>
    <message>
        <source>feature reconstruction</source>
        <translation>特徴再構成</translation>
    </message>
    <message>
        <source>%1 on %2: %3</source>
        <translation>%2 への %1：%3</translation>
    </message>
    <message>
        <source>The attack table has no restorations to draw.</source>
        <translation>攻撃表に描く復元画像がありません。</translation>
    </message>
    <message>
        <source>Trained on %1 images of the %2, each encrypted under a fresh key, in %3 s (%4).</source>
        <translation>%2 の %1 枚の画像（それぞれ新しい鍵で暗号化）で %3 秒学習（%4）。</translation>
    </message>
    <message>
        <source>Trained on the victim&apos;s ciphertexts against %1 plain images of the %2, unpaired, in %3 s (%4).</source>
        <translation>被害者の暗号文と、対応のない %2 の平文画像 %1 枚で %3 秒学習（%4）。</translation>
    </message>
    <message>
        <source>It restores %1 other images, encrypted under one unknown key, at SSIM %2 ± %3 and PSNR %4 ± %5 dB.</source>
        <translation>未知の一つの鍵で暗号化された別の %1 枚の画像を、SSIM %2 ± %3、PSNR %4 ± %5 dB で復元します。</translation>
    </message>
    <message>
        <source>Verdict: reads the picture, since the restorations&apos; mean SSIM %1 is at least %2.</source>
        <translation>判定：画像を読み取れる。復元画像の平均 SSIM %1 が %2 以上のため。</translation>
    </message>
    <message>
        <source>Verdict: fails, since the restorations&apos; mean SSIM %1 is below %2.</source>
        <translation>判定：失敗。復元画像の平均 SSIM %1 が %2 未満のため。</translation>
    </message>
    <message>
        <source>%1 %2 %3</source>
        <translation>%1%2%3</translation>
    </message>
    <message>
        <source>training the attack&apos;s network: epoch %1 of %2</source>
        <translation>攻撃ネットワークの学習：エポック %1 / %2</translation>
    </message>
    <message>
        <source>the attack was cancelled</source>
        <translation>攻撃は取り消されました</translation>
    </message>
    <message>
        <source>The victim&apos;s set holds %1 images; the attack was asked for %2.</source>
        <translation>被害者のセットには %1 枚の画像しかありませんが、攻撃には %2 枚が指定されました。</translation>
    </message>
    <message>
        <source>The attacker&apos;s public set holds %1 images; the attack was asked for %2.</source>
        <translation>攻撃者の公開セットには %1 枚の画像しかありませんが、攻撃には %2 枚が指定されました。</translation>
    </message>
    <message>
        <source>The attacker&apos;s public images and the victim&apos;s must have one shape.</source>
        <translation>攻撃者の公開画像と被害者の画像は同じ形でなければなりません。</translation>
    </message>
    <message>
        <source>the ciphertext itself</source>
        <translation>暗号文そのもの</translation>
    </message>
    <message>
        <source>inverse transformation network (ITN)</source>
        <translation>逆変換ネットワーク（ITN）</translation>
    </message>
    <message>
        <source>GAN restoration</source>
        <translation>GAN による復元</translation>
    </message>
    <message>
        <source>There is no attack called &quot;%1&quot;; the attacks are fr, itn and gan.</source>
        <translation>「%1」という攻撃はありません。攻撃は fr、itn、gan です。</translation>
    </message>
    <message>
        <source>encrypting the victim&apos;s images under one key</source>
        <translation>被害者の画像を一つの鍵で暗号化しています</translation>
    </message>
    <message>
        <source>its familiarity measure does not fit its classes</source>
        <translation>その親しみ度の測定値がクラスと合いません</translation>
    </message>
    <message>
        <source>familiarity is measured on training and held-out images; one of them is empty</source>
        <translation>親しみ度は学習画像と保留画像で測定しますが、そのどちらかが空です</translation>
    </message>
    <message>
        <source>the cloud holds a pad for %1 already: its kit was handed out, and a new kit never replaces it</source>
        <translation>クラウドは %1 のパッドをすでに持っています。そのキットは配布済みで、新しいキットが置き換えることはありません</translation>
    </message>
    <message>
        <source>an answer is handed over with its answer key, or neither is</source>
        <translation>回答は回答鍵とともに渡すか、どちらも渡さないかです</translation>
    </message>
    <message>
        <source>%1 exists and is not a folder of handed-over keys: choose another folder</source>
        <translation>%1 は存在し、引き渡された鍵のフォルダーではありません。別のフォルダーを選んでください</translation>
    </message>
    <message>
        <source>%1 holds no handed-over keys (it has no %2)</source>
        <translation>%1 には引き渡された鍵がありません（%2 がありません）</translation>
    </message>
    <message>
        <source>%1 is a guide key for another query</source>
        <translation>%1 は別のクエリのガイド鍵です</translation>
    </message>
    <message>
        <source>an answer that is neither there nor absent</source>
        <translation>有無のどちらでもない回答</translation>
    </message>
    <message>
        <source>%1 answers another query</source>
        <translation>%1 は別のクエリへの回答です</translation>
    </message>
    <message>
        <source>the statistical attack needs ciphertexts and public images</source>
        <translation>統計的攻撃には暗号文と公開画像が必要です</translation>
    </message>
    <message>
        <source>the ciphertexts and the public images must all have one shape</source>
        <translation>暗号文と公開画像はすべて同じ形でなければなりません</translation>
    </message>
</context>
<context>
    <name>led::ui::AboutDialog</name>
    <message>
        <source>&lt;h2&gt;LED Studio %1&lt;/h2&gt;&lt;p&gt;Learnable image encryption with deniability, made real, visible and testable: block-scrambling encryptions a cloud can learn from, the deniable query of the LED paper, training on encrypted images, coercion with fake keys, and the attacks that measure privacy.&lt;/p&gt;&lt;p&gt;Every capability is also in the &lt;tt&gt;led&lt;/tt&gt; command-line tool.&lt;/p&gt;&lt;p&gt;Copyright © 2026 The LED Studio developers. Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;LED Studio %1&lt;/h2&gt;&lt;p&gt;否認可能な学習可能画像暗号を、実際に動かし、目に見え、検証できるものに: クラウドが学習できるブロックスクランブル暗号、LED 論文の否認可能なクエリ、暗号化画像での学習、偽の鍵による強要への対処、そしてプライバシーを測る攻撃。&lt;/p&gt;&lt;p&gt;すべての機能は &lt;tt&gt;led&lt;/tt&gt; コマンドラインツールでも使えます。&lt;/p&gt;&lt;p&gt;Copyright © 2026 The LED Studio developers. GNU 一般公衆利用許諾書 バージョン 3 以降の下で提供されます。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>コンポーネント</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>ライセンス</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>用途</translation>
    </message>
    <message>
        <source>this program</source>
        <translation>このプログラム</translation>
    </message>
    <message>
        <source>windows, widgets, threads, translations (dynamically linked)</source>
        <translation>ウィンドウ、ウィジェット、スレッド、翻訳 (動的リンク)</translation>
    </message>
    <message>
        <source>models and training</source>
        <translation>モデルと学習</translation>
    </message>
    <message>
        <source>image files and resizing</source>
        <translation>画像ファイルとリサイズ</translation>
    </message>
    <message>
        <source>plots; because it is GPL-3.0, so is LED Studio as a whole</source>
        <translation>プロット。GPL-3.0 であるため、LED Studio 全体も GPL-3.0 になります</translation>
    </message>
    <message>
        <source>reading Fashion-MNIST&apos;s gzip files</source>
        <translation>Fashion-MNIST の gzip ファイルの読み込み</translation>
    </message>
    <message>
        <source>&lt;p&gt;The full texts are in &lt;tt&gt;/usr/share/common-licenses&lt;/tt&gt; on Debian and in each library&apos;s &lt;tt&gt;/usr/share/doc/&amp;lt;package&amp;gt;/copyright&lt;/tt&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;全文は Debian の &lt;tt&gt;/usr/share/common-licenses&lt;/tt&gt; と、各ライブラリの &lt;tt&gt;/usr/share/doc/&amp;lt;package&amp;gt;/copyright&lt;/tt&gt; にあります。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;dog.jpg&lt;/b&gt;: a dog on a porch beside a bicycle, from the Darknet project by Joseph Redmon, as shipped by Debian&apos;s &lt;tt&gt;darknet&lt;/tt&gt; package. MIT licence.&lt;/p&gt;&lt;p&gt;&lt;b&gt;cat.png&lt;/b&gt;: “Chelsea the cat” by Stefan van der Walt, from scikit-image, as shipped by Debian&apos;s &lt;tt&gt;python3-skimage&lt;/tt&gt; package. CC0: no rights reserved.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;dog.jpg&lt;/b&gt;: 自転車のそばのポーチにいる犬。Joseph Redmon の Darknet プロジェクトより、Debian の &lt;tt&gt;darknet&lt;/tt&gt; パッケージ収録のもの。MIT ライセンス。&lt;/p&gt;&lt;p&gt;&lt;b&gt;cat.png&lt;/b&gt;: Stefan van der Walt による「猫のチェルシー」。scikit-image より、Debian の &lt;tt&gt;python3-skimage&lt;/tt&gt; パッケージ収録のもの。CC0: 権利の留保なし。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About LED Studio</source>
        <translation>LED Studio について</translation>
    </message>
    <message>
        <source>About</source>
        <translation>概要</translation>
    </message>
    <message>
        <source>Licences</source>
        <translation>ライセンス</translation>
    </message>
    <message>
        <source>Sample photographs</source>
        <translation>サンプル写真</translation>
    </message>
</context>
<context>
    <name>led::ui::AuditPanel</name>
    <message>
        <source>Run the audit</source>
        <translation>監査を実行</translation>
    </message>
    <message>
        <source>measure</source>
        <translation>指標</translation>
    </message>
    <message>
        <source>value</source>
        <translation>値</translation>
    </message>
    <message>
        <source>attack</source>
        <translation>攻撃</translation>
    </message>
    <message>
        <source>outcome</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>details</source>
        <translation>詳細</translation>
    </message>
    <message>
        <source>plain image</source>
        <translation>平文画像</translation>
    </message>
    <message>
        <source>ciphertext</source>
        <translation>暗号画像</translation>
    </message>
    <message>
        <source>decrypted with a wrong key</source>
        <translation>誤った鍵で復号</translation>
    </message>
    <message>
        <source>JPEG rate-distortion</source>
        <translation>JPEG レート歪み</translation>
    </message>
    <message>
        <source>bits per pixel</source>
        <translation>ビット/画素</translation>
    </message>
    <message>
        <source>PSNR (dB)</source>
        <translation>PSNR (dB)</translation>
    </message>
    <message>
        <source>dog (sample)</source>
        <translation>犬 (サンプル)</translation>
    </message>
    <message>
        <source>cat (sample)</source>
        <translation>猫 (サンプル)</translation>
    </message>
    <message>
        <source>Your photo…</source>
        <translation>自分の写真…</translation>
    </message>
    <message>
        <source>Open photo</source>
        <translation>写真を開く</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.bmp *.tif *.tiff *.webp)</source>
        <translation>画像 (*.png *.jpg *.jpeg *.bmp *.tif *.tiff *.webp)</translation>
    </message>
    <message>
        <source>chosen plaintext</source>
        <translation>選択平文</translation>
    </message>
    <message>
        <source>jigsaw</source>
        <translation>ジグソー</translation>
    </message>
    <message>
        <source>regression</source>
        <translation>回帰</translation>
    </message>
    <message>
        <source>attacker (%1)</source>
        <translation>攻撃者 (%1)</translation>
    </message>
    <message>
        <source>Choose a picture and a scheme, then run the audit.</source>
        <translation>画像と方式を選び、監査を実行してください。</translation>
    </message>
    <message>
        <source>Picture:</source>
        <translation>画像:</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>サイズ:</translation>
    </message>
    <message>
        <source>Auditing %1…</source>
        <translation>%1 を監査しています…</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3…</source>
        <translation>ステップ %1 / %2: %3…</translation>
    </message>
    <message>
        <source>Cancelled; what was measured before is shown.</source>
        <translation>キャンセルしました。それまでに測定した結果を表示しています。</translation>
    </message>
    <message>
        <source>Done: %1.</source>
        <translation>完了: %1。</translation>
    </message>
    <message>
        <source>SSIM, ciphertext vs plain</source>
        <translation>SSIM、暗号画像と平文</translation>
    </message>
    <message>
        <source>PSNR, ciphertext vs plain</source>
        <translation>PSNR、暗号画像と平文</translation>
    </message>
    <message>
        <source>key space</source>
        <translation>鍵空間</translation>
    </message>
    <message>
        <source>infinite (real-valued)</source>
        <translation>無限 (実数値)</translation>
    </message>
    <message>
        <source>%1 bits</source>
        <translation>%1 ビット</translation>
    </message>
    <message>
        <source>not run</source>
        <translation>未実行</translation>
    </message>
    <message>
        <source>does not apply</source>
        <translation>適用外</translation>
    </message>
    <message>
        <source>reads the picture</source>
        <translation>画像が読める</translation>
    </message>
    <message>
        <source>fails</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>HTML report…</source>
        <translation>HTML レポート…</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>レポートを保存</translation>
    </message>
    <message>
        <source>HTML (*.html)</source>
        <translation>HTML (*.html)</translation>
    </message>
    <message>
        <source>Measures as CSV…</source>
        <translation>指標を CSV で…</translation>
    </message>
    <message>
        <source>Save measures</source>
        <translation>指標を保存</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>JPEG plot as PNG…</source>
        <translation>JPEG のプロットを PNG で…</translation>
    </message>
    <message>
        <source>Save plot</source>
        <translation>プロットを保存</translation>
    </message>
    <message>
        <source>PNG (*.png)</source>
        <translation>PNG (*.png)</translation>
    </message>
    <message>
        <source>Run the audit first.</source>
        <translation>先に監査を実行してください。</translation>
    </message>
    <message>
        <source>Report saved to %1</source>
        <translation>レポートを %1 に保存しました</translation>
    </message>
    <message>
        <source>Measures saved to %1</source>
        <translation>指標を %1 に保存しました</translation>
    </message>
    <message>
        <source>There is no JPEG curve to save: run the audit on a byte-valued scheme first.</source>
        <translation>保存する JPEG 曲線がありません。先にバイト値の方式で監査を実行してください。</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>%1 に書き込めません。</translation>
    </message>
    <message>
        <source>Plot saved to %1</source>
        <translation>プロットを %1 に保存しました</translation>
    </message>
    <message>
        <source>Opened from the project: %1 on %2.</source>
        <translation>プロジェクトから開きました: %2 に対する %1。</translation>
    </message>
    <message>
        <source>A photo is cut to its centre square, then scaled: nothing is stretched.</source>
        <translation>写真は中央の正方形に切り取ってから拡大縮小します：引き伸ばしはしません。</translation>
    </message>
    <message>
        <source>%1 on %2 at %3</source>
        <translation>%2 に対する %1（%3）</translation>
    </message>
    <message>
        <source>⚠ Shown: the audit of %1. The settings have changed since; run the audit again to see them.</source>
        <translation>⚠ 表示中：%1 の監査。その後設定が変わりました。新しい設定を見るには監査をもう一度実行してください。</translation>
    </message>
    <message>
        <source>Every scheme as CSV…</source>
        <translation>全方式を CSV で…</translation>
    </message>
    <message>
        <source>Save the audit of every scheme</source>
        <translation>全方式の監査を保存</translation>
    </message>
    <message>
        <source>Auditing every scheme…</source>
        <translation>全方式を監査中…</translation>
    </message>
    <message>
        <source>Scheme %1 of %2…</source>
        <translation>方式 %1 / %2…</translation>
    </message>
    <message>
        <source>Saved the audit of %1 schemes to %2.</source>
        <translation>%1 方式の監査を %2 に保存しました。</translation>
    </message>
    <message>
        <source>Also train the learned attacks (ITN, GAN)</source>
        <translation>学習型攻撃（ITN、GAN）も学習する</translation>
    </message>
    <message>
        <source>FR</source>
        <translation>FR</translation>
    </message>
    <message>
        <source>ITN</source>
        <translation>ITN</translation>
    </message>
    <message>
        <source>GAN</source>
        <translation>GAN</translation>
    </message>
    <message>
        <source>on Fashion-MNIST</source>
        <translation>Fashion-MNIST で</translation>
    </message>
    <message>
        <source>on a CIFAR-10 folder…</source>
        <translation>CIFAR-10 フォルダーで…</translation>
    </message>
    <message>
        <source>The cifar-10-batches-bin folder</source>
        <translation>cifar-10-batches-bin フォルダー</translation>
    </message>
    <message>
        <source>SSIM runs from 0 (nothing of the picture&apos;s structure) to 1 (the same picture); a ciphertext that hides the picture is near 0. PSNR is in dB: higher is closer, and below about 15 dB a picture is hard to make out. An attack reads the picture when its reconstruction&apos;s SSIM is at least %1; the jigsaw solver, whose pieces may end up turned as a whole, when a share of at least %2 of the adjacent pieces are joined as in the picture; the learned attacks (ITN, GAN), when the mean SSIM of their restorations of the dataset&apos;s test images is at least %1. Each outcome&apos;s details say its measure next to the threshold.</source>
        <translation>SSIM は 0（画像の構造が何も残らない）から 1（同じ画像）までの値で、画像を隠す暗号文は 0 に近くなります。PSNR の単位は dB で、高いほど近く、約 15 dB 未満では画像の判別が困難です。攻撃は、復元画像の SSIM が %1 以上のとき画像を読み取れたとみなします。ピース全体が回転したままになりうるジグソーソルバーは、隣接ピースのうち %2 以上の割合が画像どおりにつながったときです。学習型攻撃（ITN、GAN）は、データセットのテスト画像の復元の平均 SSIM が %1 以上のときです。各結果の詳細には、その指標としきい値が並べて書かれています。</translation>
    </message>
    <message>
        <source>Learned attacks: %1…</source>
        <translation>学習型攻撃：%1…</translation>
    </message>
    <message>
        <source>Trains an inverse transformation network on public pairs and a GAN on the ciphertexts, for the chosen scheme: seconds to a minute each on two cores. Their picture is of the dataset&apos;s first test image.</source>
        <translation>選んだ方式について、公開ペアで逆変換ネットワークを、暗号文で GAN を学習します。2 コアでそれぞれ数秒から 1 分ほどです。表示される画像はデータセットの最初のテスト画像です。</translation>
    </message>
    <message>
        <source>%1, on a dataset test image (not your photo)</source>
        <translation>%1、データセットのテスト画像で（あなたの写真ではありません）</translation>
    </message>
    <message>
        <source>reads the dataset&apos;s images</source>
        <translation>データセットの画像が読める</translation>
    </message>
    <message>
        <source>fails on the dataset&apos;s images</source>
        <translation>データセットの画像で失敗</translation>
    </message>
    <message>
        <source>Tick &quot;Also train the learned attacks&quot; to run it.</source>
        <translation>実行するには「学習型攻撃（ITN、GAN）も学習する」にチェックを入れてください。</translation>
    </message>
</context>
<context>
    <name>led::ui::CloudPage</name>
    <message>
        <source>No query has arrived yet. Compose one on the Query page and send it.</source>
        <translation>まだクエリは届いていません。クエリページで作成して送信してください。</translation>
    </message>
    <message>
        <source>garbled guide</source>
        <translation>攪乱されたガイド</translation>
    </message>
    <message>
        <source>guide recovered with the cloud&apos;s pad entry</source>
        <translation>クラウドのパッドエントリで復元したガイド</translation>
    </message>
    <message>
        <source>part</source>
        <translation>パート</translation>
    </message>
    <message>
        <source>classified with</source>
        <translation>分類に用いたもの</translation>
    </message>
    <message>
        <source>label</source>
        <translation>ラベル</translation>
    </message>
    <message>
        <source>confidence</source>
        <translation>確信度</translation>
    </message>
    <message>
        <source>Received: the query, nothing else</source>
        <translation>受信したもの: クエリだけ</translation>
    </message>
    <message>
        <source>part %1</source>
        <translation>パート %1</translation>
    </message>
    <message>
        <source>The cloud&apos;s work</source>
        <translation>クラウドの処理</translation>
    </message>
    <message>
        <source>The cloud&apos;s log: no shape, no plaintext label</source>
        <translation>クラウドのログ: 形も平文のラベルも残らない</translation>
    </message>
    <message>
        <source>Opened %1: two %2 ciphertexts (x%3 each) and a garbled guide for pad entry %4, as a cloud receives them. Answering it needs the cloud&apos;s pad and models, which stay with the session that sent it.</source>
        <translation>%1 を開きました: クラウドが受け取るとおりの、%2 の暗号画像 2 つ (各 x%3) とパッドエントリ %4 用の攪乱されたガイドです。応答するにはクラウドのパッドとモデルが必要で、それらは送信したセッションにあります。</translation>
    </message>
    <message>
        <source>The recovered guide is a %1, so part %2 is the one that counts. The cloud answers for both parts all the same, so that its answer and its log look alike whichever part was real.</source>
        <translation>復元したガイドは%1なので、意味があるのはパート %2 です。それでもクラウドは両方のパートに応答するため、どちらが本物でも応答とログは同じように見えます。</translation>
    </message>
    <message>
        <source>no model: a decoy, random label</source>
        <translation>モデルなし: おとり、ランダムなラベル</translation>
    </message>
    <message>
        <source>the models of part %1&apos;s keys</source>
        <translation>パート %1 の鍵のモデル</translation>
    </message>
    <message>
        <source>the user&apos;s models</source>
        <translation>ユーザーのモデル</translation>
    </message>
    <message>
        <source>Cloud</source>
        <translation>クラウド</translation>
    </message>
    <message>
        <source>The cloud at %1 answered pad entry %2. What it saw is on that machine; its log has one line for this query.</source>
        <translation>%1 のクラウドがパッドエントリ %2 に答えました。クラウドが見たものはそのマシンにあり、そのログにはこのクエリの行が 1 行あります。</translation>
    </message>
    <message>
        <source>One line per answered query: when, which pad entry, and the two sealed answers. Nothing in it says which part was real or what either image shows.</source>
        <translation>回答したクエリごとに 1 行：日時、パッドのエントリ、封印された 2 つの回答。どちらの部分が本物か、どちらの画像に何が写っているかは何も書かれていません。</translation>
    </message>
    <message>
        <source>Received: %1 %2 ciphertext(s) per part (one per model), a %3 x %3 garbled guide, pad entry %4.</source>
        <translation>受信：部分ごとに %2 の暗号文 %1 個（モデルごとに 1 個）、%3 x %3 の乱されたガイド、パッドのエントリ %4。</translation>
    </message>
    <message>
        <source>A query arrived: two encrypted pictures and a scrambled guide. The cloud cannot see either photo. Press Send on the Query page to let it answer.</source>
        <translation>クエリが届きました：暗号化された 2 枚の画像とスクランブルされたガイド。クラウドにはどちらの写真も見えません。クエリページで「送信」を押すと回答します。</translation>
    </message>
    <message>
        <source>Answer sent: one sealed answer per part, in the order of the parts.</source>
        <translation>回答を送信しました：部分ごとに封印された回答が 1 つ、部分の順に。</translation>
    </message>
    <message>
        <source>The answer&apos;s two slots (each encrypted under the query&apos;s answer key): %1</source>
        <translation>回答の 2 つのスロット（それぞれクエリの回答鍵で暗号化）：%1</translation>
    </message>
    <message>
        <source>The cloud unscrambled the guide, classified both parts and sent back two sealed answers. Only the user&apos;s answer key reads them.</source>
        <translation>クラウドはガイドを復元し、両方の部分を分類して、封印された 2 つの回答を返しました。読めるのはユーザーの回答鍵だけです。</translation>
    </message>
    <message>
        <source>What the Cloud Sees</source>
        <translation>クラウドに見えるもの</translation>
    </message>
    <message>
        <source>Serve a classroom: the cloud as a service that other windows and led reach over the network, each student with a kit of their own.</source>
        <translation>教室で提供する：ほかのウィンドウや led がネットワーク越しに使うサービスとしてのクラウド。学生はそれぞれ自分のキットを持ちます。</translation>
    </message>
    <message>
        <source>Serve a Classroom</source>
        <translation>教室で提供</translation>
    </message>
</context>
<context>
    <name>led::ui::CoercionPage</name>
    <message>
        <source>statistic</source>
        <translation>統計量</translation>
    </message>
    <message>
        <source>revealed key</source>
        <translation>開示した鍵</translation>
    </message>
    <message>
        <source>honest keys, 99 % range</source>
        <translation>正直な鍵、99 % の範囲</translation>
    </message>
    <message>
        <source>verdict</source>
        <translation>判定</translation>
    </message>
    <message>
        <source>The paper&apos;s construction</source>
        <translation>論文の構成法</translation>
    </message>
    <message>
        <source>Another Fake Key</source>
        <translation>別の偽の鍵</translation>
    </message>
    <message>
        <source>Opened with the true keys</source>
        <translation>本物の鍵で開いたもの</translation>
    </message>
    <message>
        <source>Opened with the fake keys</source>
        <translation>偽の鍵で開いたもの</translation>
    </message>
    <message>
        <source>opened guide</source>
        <translation>開いたガイド</translation>
    </message>
    <message>
        <source>decrypted image</source>
        <translation>復号した画像</translation>
    </message>
    <message>
        <source>Deniability meter: the revealed fake guide key among %1 honest keys</source>
        <translation>否認可能性メーター: %1 個の正直な鍵の中の、開示した偽のガイド鍵</translation>
    </message>
    <message>
        <source>Many queries: can the cloud&apos;s log link them?</source>
        <translation>多数のクエリ: クラウドのログはそれらを結び付けられるか?</translation>
    </message>
    <message>
        <source>Compose %1 Queries Each Way</source>
        <translation>それぞれの方法で %1 個のクエリを作成</translation>
    </message>
    <message>
        <source>Compose a query on the Query page and send it to the cloud; then the coercer arrives here.</source>
        <translation>クエリページでクエリを作成してクラウドに送信してください。その後、強要者がここに現れます。</translation>
    </message>
    <message>
        <source>The coercer holds the query and the cloud&apos;s answer and demands the keys. The user may reveal the true keys, or fake ones that open the very same query to the other shape, the other image and its label. The true guide key is kept in memory for this demonstration only.</source>
        <translation>強要者はクエリとクラウドの応答を持ち、鍵を要求します。ユーザーは本物の鍵を明かすことも、同じクエリをもう一方の形、もう一方の画像とそのラベルとして開く偽の鍵を渡すこともできます。本物のガイド鍵は、このデモのためだけにメモリに保持されます。</translation>
    </message>
    <message>
        <source>guide key %1; model keys %2</source>
        <translation>ガイド鍵 %1、モデル鍵 %2</translation>
    </message>
    <message>
        <source>opened guide: %1 → part %2</source>
        <translation>開いたガイド: %1 → パート %2</translation>
    </message>
    <message>
        <source>opened guide: no shape</source>
        <translation>開いたガイド: 形なし</translation>
    </message>
    <message>
        <source>Nothing to show: the normal process keeps no key for the decoy, so there is no lie to tell.</source>
        <translation>表示するものはありません: 通常の手順ではおとりの鍵を保存しないので、つくべき嘘がありません。</translation>
    </message>
    <message>
        <source>Send the query to the cloud to see the label this opening claims.</source>
        <translation>クエリをクラウドに送信すると、この開き方が主張するラベルが表示されます。</translation>
    </message>
    <message>
        <source>label: %1 (%2 %)</source>
        <translation>ラベル: %1 (%2 %)</translation>
    </message>
    <message>
        <source>Comparing with %1 honest keys…</source>
        <translation>%1 個の正直な鍵と比較しています…</translation>
    </message>
    <message>
        <source>plausible (p = %1)</source>
        <translation>もっともらしい (p = %1)</translation>
    </message>
    <message>
        <source>caught (p = %1)</source>
        <translation>見破られた (p = %1)</translation>
    </message>
    <message>
        <source>Indistinguishable: this fake key looks like any honest key.</source>
        <translation>区別不能: この偽の鍵は正直な鍵と見分けがつきません。</translation>
    </message>
    <message>
        <source>Caught: this key is not what an honest key looks like.</source>
        <translation>見破られた: この鍵は正直な鍵の姿をしていません。</translation>
    </message>
    <message>
        <source>fixed key</source>
        <translation>固定鍵</translation>
    </message>
    <message>
        <source>one-time pad</source>
        <translation>ワンタイムパッド</translation>
    </message>
    <message>
        <source>query %1</source>
        <translation>クエリ %1</translation>
    </message>
    <message>
        <source>Fixed key: %1 queries show only %2 distinct garbled guides, one per shape, so the log links every query that shares a shape, and one fake key must explain them all. </source>
        <translation>固定鍵: %1 個のクエリに攪乱されたガイドは %2 種類 (形ごとに一つ) しかないため、ログは同じ形のクエリをすべて結び付け、一つの偽の鍵でそれらすべてを説明しなければなりません。</translation>
    </message>
    <message>
        <source>One-time pad: %1 distinct garbled guides for %2 queries; nothing links them and each opens on its own.</source>
        <translation>ワンタイムパッド: %2 個のクエリに %1 種類の攪乱されたガイド。結び付けるものは何もなく、それぞれ独立に開きます。</translation>
    </message>
    <message>
        <source>Fake key construction</source>
        <translation>偽の鍵の構成法</translation>
    </message>
    <message>
        <source>Coercion</source>
        <translation>強要</translation>
    </message>
    <message>
        <source>Uniform fake key (indistinguishable)</source>
        <translation>一様な偽の鍵 (見分けがつかない)</translation>
    </message>
    <message>
        <source>What was seized: a cloud&apos;s log and a query it names</source>
        <translation>押収されたもの: クラウドのログと、その中で名前の挙がったクエリ</translation>
    </message>
    <message>
        <source>Hand Over the True Keys…</source>
        <translation>本物の鍵を渡す…</translation>
    </message>
    <message>
        <source>Hand Over the Fake Keys…</source>
        <translation>偽の鍵を渡す…</translation>
    </message>
    <message>
        <source>Hand Over: a New Folder</source>
        <translation>引き渡し：新しいフォルダー</translation>
    </message>
    <message>
        <source>Deniability meter: the last guide key handed over among %1 honest keys</source>
        <translation>否認可能性メーター：最後に渡されたガイド鍵を %1 個の正直な鍵と比べる</translation>
    </message>
    <message>
        <source>Opened with the keys handed over (%1)</source>
        <translation>渡された鍵で開く（%1）</translation>
    </message>
    <message>
        <source>The next keys handed over</source>
        <translation>次に渡される鍵</translation>
    </message>
    <message>
        <source>No answer was handed over: the label stays sealed.</source>
        <translation>回答は渡されていません。ラベルは封印されたままです。</translation>
    </message>
    <message>
        <source>A query handed over with the keys its sender revealed. Each opening shows what one set of keys opens; the meter places the revealed guide key among honest keys. Nothing here tells the coercer whether an opening is the truth.</source>
        <translation>送信者が明かした鍵とともに渡されたクエリ。各開示は一組の鍵が開くものを示し、メーターは明かされたガイド鍵を正直な鍵と比べます。どの開示が真実かを強要者に告げるものはここにありません。</translation>
    </message>
    <message>
        <source>Caught: this guide key opens no shape at all.</source>
        <translation>見破られました：このガイド鍵はどの形も開きません。</translation>
    </message>
    <message>
        <source>Handed over in %1. The coercer opens it on the Coercion page: Open What Was Handed Over…</source>
        <translation>%1 に渡しました。強要者は強要ページの「渡されたものを開く…」で開きます</translation>
    </message>
    <message>
        <source>Indistinguishable: this key looks like any honest key.</source>
        <translation>区別不能：この鍵はどの正直な鍵とも同じに見えます。</translation>
    </message>
</context>
<context>
    <name>led::ui::ControlUndo</name>
    <message>
        <source>Change %1</source>
        <translation>%1 の変更</translation>
    </message>
</context>
<context>
    <name>led::ui::CurvePlot</name>
    <message>
        <source>loss</source>
        <translation>損失</translation>
    </message>
    <message>
        <source>accuracy (%)</source>
        <translation>正解率 (%)</translation>
    </message>
    <message>
        <source>training</source>
        <translation>学習</translation>
    </message>
    <message>
        <source>test</source>
        <translation>テスト</translation>
    </message>
</context>
<context>
    <name>led::ui::DemoWords</name>
    <message>
        <source>dog</source>
        <translation>犬</translation>
    </message>
    <message>
        <source>cat</source>
        <translation>猫</translation>
    </message>
    <message>
        <source>triangle</source>
        <translation>三角形</translation>
    </message>
    <message>
        <source>square</source>
        <translation>正方形</translation>
    </message>
</context>
<context>
    <name>led::ui::DeniableSession</name>
    <message>
        <source>Choose both images first.</source>
        <translation>先に両方の画像を選んでください。</translation>
    </message>
    <message>
        <source>Training the cloud&apos;s model %1 of %2 on the two photos…</source>
        <translation>2 枚の写真でクラウドのモデル %1 / %2 を学習しています…</translation>
    </message>
    <message>
        <source>The cloud is ready.</source>
        <translation>クラウドの準備ができました。</translation>
    </message>
    <message>
        <source>The cloud has no models for you yet.</source>
        <translation>クラウドにはまだあなた用のモデルがありません。</translation>
    </message>
    <message>
        <source>Deniable user: %1 model(s) for the keys of each part, trained on the two photos only (classes: %2, %3). Keys: %4</source>
        <translation>否認可能なユーザー: 各パートの鍵ごとに %1 個のモデル、2 枚の写真だけで学習 (クラス: %2、%3)。鍵: %4</translation>
    </message>
    <message>
        <source>Normal user: %1 model(s) for your key(s), trained on the two photos only (classes: %2, %3). Keys: %4</source>
        <translation>通常のユーザー: あなたの鍵ごとに %1 個のモデル、2 枚の写真だけで学習 (クラス: %2、%3)。鍵: %4</translation>
    </message>
    <message>
        <source>The cloud is ready (as the project left it).</source>
        <translation>クラウドの準備ができています (プロジェクトを保存したときのままです)。</translation>
    </message>
    <message>
        <source>Set up the cloud&apos;s models first.</source>
        <translation>先にクラウドのモデルを準備してください。</translation>
    </message>
    <message>
        <source>Compose a query first.</source>
        <translation>先にクエリを作成してください。</translation>
    </message>
    <message>
        <source>The cloud at %1 (a classroom kit): %2 process, %3 model key(s) a part, your own guide pad. Keys: %4</source>
        <translation>%1 のクラウド（教室キット）: %2 プロセス、パートごとに %3 個のモデル鍵、あなた専用のガイドパッド。鍵: %4</translation>
    </message>
    <message>
        <source>deniable</source>
        <translation>否認可能</translation>
    </message>
    <message>
        <source>normal</source>
        <translation>通常</translation>
    </message>
    <message>
        <source>Demo models learn the two photos in %1.</source>
        <translation>デモモデルは 2 枚の写真を %1 で学習します。</translation>
    </message>
    <message>
        <source>The query is kept: press Send again when the cloud is back.</source>
        <translation>クエリは保存されています。クラウドが戻ったらもう一度「送信」を押してください。</translation>
    </message>
    <message>
        <source>The cloud refused the query (%1): %2</source>
        <translation>クラウドがクエリを拒否しました（%1）：%2</translation>
    </message>
    <message>
        <source>It is busy: press Send again in a moment.</source>
        <translation>混み合っています。少ししてからもう一度「送信」を押してください。</translation>
    </message>
    <message>
        <source>This kit&apos;s entry was used already (a copied or borrowed kit?): compose a new query, which takes the next entry, and send that.</source>
        <translation>このキットのエントリーは使用済みです（コピーや借りたキット？）。新しいクエリを作成すると次のエントリーが使われるので、それを送ってください。</translation>
    </message>
    <message>
        <source>This cloud does not know the kit&apos;s pad: ask the teacher for a kit of this class.</source>
        <translation>このクラウドはキットのパッドを知りません。このクラスのキットを先生に頼んでください。</translation>
    </message>
    <message>
        <source>Compose a new query and send that.</source>
        <translation>新しいクエリを作成して送ってください。</translation>
    </message>
</context>
<context>
    <name>led::ui::Details</name>
    <message>
        <source>Details</source>
        <translation>詳細</translation>
    </message>
</context>
<context>
    <name>led::ui::EvaluatePage</name>
    <message>
        <source>&lt;h2&gt;Evaluate — privacy and attacks&lt;/h2&gt;How private is a scheme, really? The audit measures what a ciphertext keeps and runs every attack that applies; the sweep trains models to trade accuracy against visual privacy and mis-usability. The same work from the shell: &lt;code&gt;led report&lt;/code&gt;, &lt;code&gt;led evaluate sweep&lt;/code&gt;.</source>
        <translation>&lt;h2&gt;評価 — プライバシーと攻撃&lt;/h2&gt;方式は実際どれほどプライベートか? 監査は暗号画像に何が残るかを測り、適用できるすべての攻撃を実行します。スイープはモデルを学習させ、正解率と視覚的プライバシー・誤用耐性のトレードオフを調べます。シェルから同じ処理: &lt;code&gt;led report&lt;/code&gt;、&lt;code&gt;led evaluate sweep&lt;/code&gt;。</translation>
    </message>
    <message>
        <source>Scheme audit</source>
        <translation>方式の監査</translation>
    </message>
    <message>
        <source>Calibration sweep</source>
        <translation>較正スイープ</translation>
    </message>
    <message>
        <source>The Evaluate page&apos;s audit was saved in %1.</source>
        <translation>評価ページの監査を %1 に保存しました。</translation>
    </message>
    <message>
        <source>The audit was not restored: %1</source>
        <translation>監査は復元されませんでした: %1</translation>
    </message>
    <message>
        <source>Evaluate</source>
        <translation>評価</translation>
    </message>
</context>
<context>
    <name>led::ui::JobBar</name>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>書き出し…</translation>
    </message>
</context>
<context>
    <name>led::ui::JobStatus</name>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
</context>
<context>
    <name>led::ui::KeyBox</name>
    <message>
        <source>Key</source>
        <translation>鍵</translation>
    </message>
    <message>
        <source>Seeded demo keys (reproducible, not secret)</source>
        <translation>シード付きデモ鍵 (再現可能、秘密ではない)</translation>
    </message>
    <message>
        <source>The key&apos;s fingerprint: the first 8 bytes of SHA-256 over its tables.</source>
        <translation>鍵のフィンガープリント: テーブルに対する SHA-256 の先頭 8 バイト。</translation>
    </message>
    <message>
        <source>New key</source>
        <translation>新しい鍵</translation>
    </message>
    <message>
        <source>Draw a new key from the operating system&apos;s random generator.</source>
        <translation>オペレーティングシステムの乱数生成器から新しい鍵を引きます。</translation>
    </message>
    <message>
        <source>Load…</source>
        <translation>読み込み…</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>保存…</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>フィンガープリント</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>出所</translation>
    </message>
    <message>
        <source>Wrong key</source>
        <translation>誤った鍵</translation>
    </message>
    <message>
        <source>Demo seed</source>
        <translation>デモ用シード</translation>
    </message>
    <message>
        <source>&lt;b style=&apos;color:#b35c00&apos;&gt;seeded demo key&lt;/b&gt; (seed %1): anyone with the seed has it</source>
        <translation>&lt;b style=&apos;color:#b35c00&apos;&gt;シード付きデモ鍵&lt;/b&gt; (シード %1): シードを知る人は誰でもこの鍵を持てます</translation>
    </message>
    <message>
        <source>operating system CSPRNG</source>
        <translation>オペレーティングシステムの CSPRNG</translation>
    </message>
    <message>
        <source>A second, independent key of the same scheme, used to show what a wrong key opens.</source>
        <translation>同じ方式の、独立した 2 本目の鍵。誤った鍵で何が開くかを示すために使います。</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>まだなし</translation>
    </message>
</context>
<context>
    <name>led::ui::KeyEdit</name>
    <message>
        <source>Scheme %1</source>
        <translation>方式 %1</translation>
    </message>
    <message>
        <source>%1 Settings</source>
        <translation>%1 の設定</translation>
    </message>
    <message>
        <source>Key %1</source>
        <translation>鍵 %1</translation>
    </message>
</context>
<context>
    <name>led::ui::MainWindow</name>
    <message>
        <source>LED Studio</source>
        <translation>LED Studio</translation>
    </message>
    <message>
        <source>%1 is not a file that can be opened.</source>
        <translation>%1 は開けるファイルではありません。</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>開く</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>最近使ったファイルはありません</translation>
    </message>
    <message>
        <source>&amp;Clear Recent Files</source>
        <translation>最近使ったファイルを消去(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>開く(&amp;O)…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近使ったファイル(&amp;R)</translation>
    </message>
    <message>
        <source>Open &amp;Dog Sample</source>
        <translation>犬のサンプルを開く(&amp;D)</translation>
    </message>
    <message>
        <source>Open &amp;Cat Sample</source>
        <translation>猫のサンプルを開く(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Load Key…</source>
        <translation>鍵を読み込む(&amp;L)…</translation>
    </message>
    <message>
        <source>Ctrl+K</source>
        <translation>Ctrl+K</translation>
    </message>
    <message>
        <source>&amp;Save Key…</source>
        <translation>鍵を保存(&amp;S)…</translation>
    </message>
    <message>
        <source>Save &amp;Ciphertext…</source>
        <translation>暗号画像を保存(&amp;C)…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>設定(&amp;P)…</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>移動(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About LED Studio</source>
        <translation>LED Studio について(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Qt について(&amp;Q)</translation>
    </message>
    <message>
        <source>Ready. New here? Help &gt; Guided Tour (F1) walks through the LED story.</source>
        <translation>準備完了。初めてですか? ヘルプ &gt; ガイドツアー (F1) で LED の物語を順にたどれます。</translation>
    </message>
    <message>
        <source>Guided &amp;Tour</source>
        <translation>ガイドツアー(&amp;T)</translation>
    </message>
    <message>
        <source>Restart the Tour</source>
        <translation>ツアーを最初から</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>元に戻す(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>やり直す(&amp;R)</translation>
    </message>
    <message>
        <source>Images, keys, queries, models and projects (*.png *.jpg *.jpeg *.bmp *.tif *.tiff *.webp *.pnm *.ppm *.pgm *.ledkey *.ledq *.ledmodel *.ledproj);;All files (*)</source>
        <translation>画像、鍵、クエリ、モデル、プロジェクト (*.png *.jpg *.jpeg *.bmp *.tif *.tiff *.webp *.pnm *.ppm *.pgm *.ledkey *.ledq *.ledmodel *.ledproj);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>%1 — LED Studio</source>
        <translation>%1 — LED Studio</translation>
    </message>
    <message>
        <source>Opened the project %1.</source>
        <translation>プロジェクト %1 を開きました。</translation>
    </message>
    <message>
        <source>Project saved to %1.</source>
        <translation>プロジェクトを %1 に保存しました。</translation>
    </message>
    <message>
        <source>Save Project</source>
        <translation>プロジェクトを保存</translation>
    </message>
    <message>
        <source>LED Studio projects (*.ledproj)</source>
        <translation>LED Studio のプロジェクト (*.ledproj)</translation>
    </message>
    <message>
        <source>Save &amp;Project…</source>
        <translation>プロジェクトを保存(&amp;P)…</translation>
    </message>
    <message>
        <source>Ctrl+Alt+S</source>
        <translation>Ctrl+Alt+S</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>書き出しました: %1</translation>
    </message>
    <message>
        <source>Export Page</source>
        <translation>ページを書き出す</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG 画像 (*.png)</translation>
    </message>
    <message>
        <source>&amp;Export Page…</source>
        <translation>ページを書き出す(&amp;E)…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Presentation</source>
        <translation>プレゼンテーション(&amp;P)</translation>
    </message>
    <message>
        <source>Full screen and larger text, for a class to read from the back of the room.</source>
        <translation>全画面と大きな文字で、教室の後ろからでも読めるように。</translation>
    </message>
    <message>
        <source>&amp;Full Screen</source>
        <translation>全画面(&amp;F)</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>拡大(&amp;I)</translation>
    </message>
    <message>
        <source>Ctrl+=</source>
        <translation>Ctrl+=</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>縮小(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>実際のサイズ(&amp;A)</translation>
    </message>
    <message>
        <source>Ctrl+0</source>
        <translation>Ctrl+0</translation>
    </message>
    <message>
        <source>Zoom %1 %</source>
        <translation>ズーム %1 %</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>ユーザーガイド(&amp;U)</translation>
    </message>
    <message>
        <source>Stop the Class&apos;s Cloud?</source>
        <translation>クラスのクラウドを止めますか？</translation>
    </message>
    <message>
        <source>Quitting stops the cloud the class sends to (%1 kits handed out): queries get no answer until you start it again. The pads and the log stay in %2, and the kits work again once it serves.</source>
        <translation>終了すると、クラスが送信するクラウドが止まります（配布済みキット %1 個）。再び開始するまでクエリに回答はありません。パッドとログは %2 に残り、提供を再開すればキットは再び使えます。</translation>
    </message>
    <message>
        <source>Stop It and Quit</source>
        <translation>止めて終了</translation>
    </message>
</context>
<context>
    <name>led::ui::MessageBar</name>
    <message>
        <source>Dismiss</source>
        <translation>閉じる</translation>
    </message>
</context>
<context>
    <name>led::ui::PredictPage</name>
    <message>
        <source>Key: %1</source>
        <translation>鍵: %1</translation>
    </message>
    <message>
        <source>Drop a photo here</source>
        <translation>ここに写真をドロップ</translation>
    </message>
    <message>
        <source>Open photo…</source>
        <translation>写真を開く…</translation>
    </message>
    <message>
        <source>Open photo</source>
        <translation>写真を開く</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.bmp *.tif *.tiff *.webp)</source>
        <translation>画像 (*.png *.jpg *.jpeg *.bmp *.tif *.tiff *.webp)</translation>
    </message>
    <message>
        <source>Open model…</source>
        <translation>モデルを開く…</translation>
    </message>
    <message>
        <source>Open model</source>
        <translation>モデルを開く</translation>
    </message>
    <message>
        <source>LED Studio models (*.ledmodel)</source>
        <translation>LED Studio のモデル (*.ledmodel)</translation>
    </message>
    <message>
        <source>Load key…</source>
        <translation>鍵を読み込む…</translation>
    </message>
    <message>
        <source>Load key</source>
        <translation>鍵を読み込む</translation>
    </message>
    <message>
        <source>LED Studio keys (*.ledkey)</source>
        <translation>LED Studio の鍵 (*.ledkey)</translation>
    </message>
    <message>
        <source>1. Your photo</source>
        <translation>1. あなたの写真</translation>
    </message>
    <message>
        <source>2. A trained model</source>
        <translation>2. 学習済みモデル</translation>
    </message>
    <message>
        <source>probability (%)</source>
        <translation>確率 (%)</translation>
    </message>
    <message>
        <source>What the model saw (encrypted here)</source>
        <translation>モデルが見たもの (ここで暗号化)</translation>
    </message>
    <message>
        <source>3. The answer</source>
        <translation>3. 答え</translation>
    </message>
    <message>
        <source>%1 — %2 %</source>
        <translation>%1 — %2 %</translation>
    </message>
    <message>
        <source>Predict</source>
        <translation>予測</translation>
    </message>
    <message>
        <source>Train a Quick Model</source>
        <translation>簡易モデルを訓練</translation>
    </message>
    <message>
        <source>This model knows %1 kinds of image, from %2: %3. Whatever a photo shows, it answers with one of them.</source>
        <translation>このモデルは %2 の %1 種類の画像を知っています：%3。写真に何が写っていても、そのどれかで答えます。</translation>
    </message>
    <message>
        <source>Model: %1
File: %2</source>
        <translation>モデル：%1
ファイル：%2</translation>
    </message>
    <message>
        <source>Trains a small model on Fashion-MNIST (installed with LED Studio) on the Train page, then brings it here.</source>
        <translation>訓練ページで Fashion-MNIST（LED Studio と一緒にインストール済み）の小さなモデルを訓練し、ここに持ってきます。</translation>
    </message>
    <message>
        <source>Your photo at the model&apos;s size (its centre: cut, not stretched)</source>
        <translation>モデルのサイズにした写真（中央部分：切り取り、引き伸ばしなし）</translation>
    </message>
    <message>
        <source>The model is unsure: its best answer is below %1 %.</source>
        <translation>モデルは確信していません：最良の回答でも %1 % 未満です。</translation>
    </message>
    <message>
        <source>Your photo is in colour, but this model learned from gray images: its colours were thrown away.</source>
        <translation>写真はカラーですが、このモデルはグレー画像から学習しました：色は捨てられました。</translation>
    </message>
    <message>
        <source>The photo may show something this model never learned (it knows only the %1 classes of %2), so do not trust this answer.</source>
        <translation>写真にはこのモデルが学習したことのないものが写っているかもしれません（知っているのは %2 の %1 クラスだけです）。この回答を信用しないでください。</translation>
    </message>
    <message>
        <source>No model yet. Train a quick one here (Fashion-MNIST clothes, encrypted with le; %1), or open a model that a Train run saved.</source>
        <translation>まだモデルがありません。ここで簡易モデルを学習するか（le で暗号化した Fashion-MNIST の衣類、%1）、学習で保存したモデルを開いてください。</translation>
    </message>
    <message>
        <source>A warning appears when the photo is less familiar to the model than %1 % of the images it was tested on, when its top answer is below %2 % sure, or when a colour photo meets a model of gray images: then the answer says little about the photo.</source>
        <translation>写真がテストに使った画像の %1 % よりもモデルにとってなじみが薄いとき、最上位の答えの確信度が %2 % 未満のとき、またはカラー写真をグレー画像のモデルに与えたときに警告が出ます。そのとき答えは写真についてほとんど何も語りません。</translation>
    </message>
    <message>
        <source>This photo does not look like anything the model learned.</source>
        <translation>この写真は、モデルが学習したどれにも似ていません。</translation>
    </message>
    <message>
        <source>Its nearest class is %1, but the photo is less familiar to the model than %2 % of the images it was tested on.</source>
        <translation>最も近いクラスは %1 ですが、この写真はテストに使った画像の %2 % よりもモデルにとってなじみが薄いものです。</translation>
    </message>
</context>
<context>
    <name>led::ui::PredictWorker</name>
    <message>
        <source>none needed: the model was trained on plain images</source>
        <translation>不要: モデルは平文画像で学習されています</translation>
    </message>
    <message>
        <source>%1, found in %2</source>
        <translation>%1、%2 で見つかりました</translation>
    </message>
    <message>
        <source>key %1 not found beside the model: load it</source>
        <translation>鍵 %1 がモデルの横に見つかりません: 読み込んでください</translation>
    </message>
    <message>
        <source>%1, loaded from %2</source>
        <translation>%1、%2 から読み込みました</translation>
    </message>
    <message>
        <source>Open a model first.</source>
        <translation>先にモデルを開いてください。</translation>
    </message>
</context>
<context>
    <name>led::ui::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>システムに従う</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>ライト</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>ダーク</translation>
    </message>
    <message>
        <source>A new language takes effect when LED Studio starts again.</source>
        <translation>新しい言語は LED Studio を次に起動したときに有効になります。</translation>
    </message>
    <message>
        <source>&amp;Appearance:</source>
        <translation>外観(&amp;A):</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>言語(&amp;L):</translation>
    </message>
</context>
<context>
    <name>led::ui::QueryPage</name>
    <message>
        <source>Set Up the Cloud</source>
        <translation>クラウドを準備</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Compose Query</source>
        <translation>クエリを作成</translation>
    </message>
    <message>
        <source>Send to the Cloud</source>
        <translation>クラウドに送信</translation>
    </message>
    <message>
        <source>Save Query…</source>
        <translation>クエリを保存…</translation>
    </message>
    <message>
        <source>guide</source>
        <translation>ガイド</translation>
    </message>
    <message>
        <source>garbled guide (sent)</source>
        <translation>攪乱されたガイド (送信されるもの)</translation>
    </message>
    <message>
        <source>Your two images</source>
        <translation>あなたの 2 枚の画像</translation>
    </message>
    <message>
        <source>the real image (target)</source>
        <translation>本物の画像 (ターゲット)</translation>
    </message>
    <message>
        <source>the fake image</source>
        <translation>偽の画像</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>開く…</translation>
    </message>
    <message>
        <source>Open Image</source>
        <translation>画像を開く</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.bmp *.tif *.tiff *.webp *.pgm *.ppm)</source>
        <translation>画像 (*.png *.jpg *.jpeg *.bmp *.tif *.tiff *.webp *.pgm *.ppm)</translation>
    </message>
    <message>
        <source>The cloud&apos;s models</source>
        <translation>クラウドのモデル</translation>
    </message>
    <message>
        <source>Deniable (two keys, a fake image)</source>
        <translation>否認可能 (2 つの鍵、偽の画像)</translation>
    </message>
    <message>
        <source>Normal (one key, a decoy)</source>
        <translation>通常 (1 つの鍵、おとり)</translation>
    </message>
    <message>
        <source>Models per part (LED section 3.4): the query carries each part once per model key.</source>
        <translation>パートごとのモデル数 (LED 3.4 節): クエリは各パートをモデル鍵ごとに 1 回ずつ運びます。</translation>
    </message>
    <message>
        <source>One-time pad (a fresh guide key per query)</source>
        <translation>ワンタイムパッド (クエリごとに新しいガイド鍵)</translation>
    </message>
    <message>
        <source>Fixed key (the paper; links queries)</source>
        <translation>固定鍵 (論文の方式。クエリが結び付く)</translation>
    </message>
    <message>
        <source>Process:</source>
        <translation>手順:</translation>
    </message>
    <message>
        <source>Ensemble:</source>
        <translation>アンサンブル:</translation>
    </message>
    <message>
        <source>Guide:</source>
        <translation>ガイド:</translation>
    </message>
    <message>
        <source>Guide keys:</source>
        <translation>ガイド鍵:</translation>
    </message>
    <message>
        <source>The query</source>
        <translation>クエリ</translation>
    </message>
    <message>
        <source>part %1 (encrypted)</source>
        <translation>パート %1 (暗号化済み)</translation>
    </message>
    <message>
        <source>the decoy (a natural image under a one-time key)</source>
        <translation>おとり (使い捨て鍵で暗号化した自然画像)</translation>
    </message>
    <message>
        <source>Set up the cloud again so that its demo models know the new image.</source>
        <translation>デモモデルが新しい画像を知るように、クラウドを再度準備してください。</translation>
    </message>
    <message>
        <source>Save Query</source>
        <translation>クエリを保存</translation>
    </message>
    <message>
        <source>LED queries (*.ledq)</source>
        <translation>LED クエリ (*.ledq)</translation>
    </message>
    <message>
        <source>Saved %1: it holds no key and nothing that tells the parts apart.</source>
        <translation>%1 を保存しました: 鍵も、パートを見分ける手がかりも含みません。</translation>
    </message>
    <message>
        <source>The coin fell b = %1: your real image is part %1, so the guide is a %2. Only you know b; the query does not say it.</source>
        <translation>コインは b = %1 でした: あなたの本物の画像はパート %1 なので、ガイドは%2です。b を知るのはあなただけで、クエリはそれを語りません。</translation>
    </message>
    <message>
        <source>Query: %1 bytes, %2 ciphertexts per part (about %3 bytes each part would take with one model).</source>
        <translation>クエリ: %1 バイト、パートごとに %2 個の暗号画像 (モデル 1 つなら各パート約 %3 バイト)。</translation>
    </message>
    <message>
        <source>Query: %1 bytes.</source>
        <translation>クエリ: %1 バイト。</translation>
    </message>
    <message>
        <source>Not sent yet.</source>
        <translation>まだ送信していません。</translation>
    </message>
    <message>
        <source>The cloud session (keys, models, guide pads, last query) was saved in %1 (readable by you only).</source>
        <translation>クラウドのセッション (鍵、モデル、ガイドパッド、最後のクエリ) を %1 に保存しました (あなただけが読めます)。</translation>
    </message>
    <message>
        <source>The cloud session was not restored: %1</source>
        <translation>クラウドのセッションは復元されませんでした: %1</translation>
    </message>
    <message>
        <source>Query</source>
        <translation>クエリ</translation>
    </message>
    <message>
        <source>Open Classroom Kit…</source>
        <translation>教室キットを開く…</translation>
    </message>
    <message>
        <source>Built in (this window plays the cloud)</source>
        <translation>内蔵（このウィンドウがクラウド役）</translation>
    </message>
    <message>
        <source>At an address (a classroom&apos;s cloud)</source>
        <translation>アドレス指定（教室のクラウド）</translation>
    </message>
    <message>
        <source>Where led-cloud serve listens; the kit&apos;s address when empty.</source>
        <translation>led-cloud serve が待ち受ける場所。空ならキットのアドレス。</translation>
    </message>
    <message>
        <source>Cloud:</source>
        <translation>クラウド:</translation>
    </message>
    <message>
        <source>Open Classroom Kit</source>
        <translation>教室キットを開く</translation>
    </message>
    <message>
        <source>Queries now go to %1 with the kit in %2.</source>
        <translation>クエリは %2 のキットで %1 に送られます。</translation>
    </message>
    <message>
        <source>the query as one picture, as the cloud receives it</source>
        <translation>クラウドが受け取る 1 枚の画像としてのクエリ</translation>
    </message>
    <message>
        <source>The models take square pictures: each photo&apos;s centre square is used, nothing is stretched.</source>
        <translation>モデルは正方形の画像を受け取ります：各写真の中央の正方形を使い、引き伸ばしはしません。</translation>
    </message>
    <message>
        <source>Each part is encrypted with %1 under its own key, once per model (%2 per part); the guide was garbled with pad entry %3.</source>
        <translation>各部分はそれぞれの鍵で %1 によりモデルごとに 1 回暗号化されています（部分ごとに %2）。ガイドはパッドのエントリ %3 で乱されました。</translation>
    </message>
    <message>
        <source>The answer&apos;s two slots (each sealed under the query&apos;s answer key): %1</source>
        <translation>回答の 2 つのスロット（それぞれクエリの回答鍵で封印）：%1</translation>
    </message>
    <message>
        <source>The cloud says your image shows a %1 (%2 % sure). It answered for both parts without knowing which is yours; your answer key opened the answer for part %3.</source>
        <translation>クラウドによると、あなたの画像は %1 です（確信度 %2 %）。クラウドはどちらがあなたのものか知らずに両方の部分に答えました。あなたの回答鍵で部分 %3 の回答を開きました。</translation>
    </message>
    <message>
        <source>The cloud refused this query: compose a new one.</source>
        <translation>クラウドがこのクエリを拒否しました。新しいクエリを作成してください。</translation>
    </message>
</context>
<context>
    <name>led::ui::SchemeControls</name>
    <message>
        <source>Scheme</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>Split into 4-bit nibbles</source>
        <translation>4 ビットのニブルに分割</translation>
    </message>
    <message>
        <source>Reverse (v → 15 − v)</source>
        <translation>反転 (v → 15 − v)</translation>
    </message>
    <message>
        <source>Shuffle within blocks</source>
        <translation>ブロック内で並べ替え</translation>
    </message>
    <message>
        <source>Permute block positions</source>
        <translation>ブロックの位置を並べ替え</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>Block size M: the image is cut into M×M blocks.</source>
        <translation>ブロックサイズ M: 画像を M×M のブロックに分割します。</translation>
    </message>
    <message>
        <source>Noise level N: every value gets noise drawn uniformly from [0, N), fresh for every image.</source>
        <translation>ノイズレベル N: 各値に [0, N) から一様に引いたノイズを、画像ごとに新たに加えます。</translation>
    </message>
    <message>
        <source>Block size</source>
        <translation>ブロックサイズ</translation>
    </message>
    <message>
        <source>Noise level</source>
        <translation>ノイズレベル</translation>
    </message>
    <message>
        <source>Key space</source>
        <translation>鍵空間</translation>
    </message>
    <message>
        <source>continuous (real-valued matrices)</source>
        <translation>連続 (実数値の行列)</translation>
    </message>
    <message>
        <source>%1 bits</source>
        <translation>%1 ビット</translation>
    </message>
</context>
<context>
    <name>led::ui::ScramblePage</name>
    <message>
        <source>Block grid</source>
        <translation>ブロックの格子</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>画像</translation>
    </message>
    <message>
        <source>Dog</source>
        <translation>犬</translation>
    </message>
    <message>
        <source>Cat</source>
        <translation>猫</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>開く…</translation>
    </message>
    <message>
        <source>Choose a sample, open a photo or drop one here.</source>
        <translation>サンプルを選ぶか、写真を開くか、ここにドロップしてください。</translation>
    </message>
    <message>
        <source>Zoom (percent)</source>
        <translation>ズーム (パーセント)</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>全体表示</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>ズーム</translation>
    </message>
    <message>
        <source>&lt;b&gt;Encryption, step by step&lt;/b&gt; — hover over a block to see where it goes</source>
        <translation>&lt;b&gt;暗号化、ステップごとに&lt;/b&gt; — ブロックにカーソルを合わせると行き先が表示されます</translation>
    </message>
    <message>
        <source>&lt;b&gt;Decryption&lt;/b&gt; — the same ciphertext opened with two keys</source>
        <translation>&lt;b&gt;復号&lt;/b&gt; — 同じ暗号画像を 2 つの鍵で開く</translation>
    </message>
    <message>
        <source>the dog</source>
        <translation>犬</translation>
    </message>
    <message>
        <source>the cat</source>
        <translation>猫</translation>
    </message>
    <message>
        <source>%1, %2×%3, %4</source>
        <translation>%1、%2×%3、%4</translation>
    </message>
    <message>
        <source>colour</source>
        <translation>カラー</translation>
    </message>
    <message>
        <source>gray</source>
        <translation>グレー</translation>
    </message>
    <message>
        <source> — shown at %1×%2; &lt;code&gt;led encrypt&lt;/code&gt; works at full size</source>
        <translation> — %1×%2 で表示。&lt;code&gt;led encrypt&lt;/code&gt; は元のサイズで処理します</translation>
    </message>
    <message>
        <source>New key %1 for %2 images.</source>
        <translation>%2 の画像用の新しい鍵 %1。</translation>
    </message>
    <message>
        <source>Identical to the original, bit for bit.</source>
        <translation>ビット単位で元の画像と同一です。</translation>
    </message>
    <message>
        <source>Within %1 of the original in every sample: this setting is lossy.</source>
        <translation>すべてのサンプルで元の画像との差は %1 以内: この設定は非可逆です。</translation>
    </message>
    <message>
        <source>right key %1</source>
        <translation>正しい鍵 %1</translation>
    </message>
    <message>
        <source>wrong key %1</source>
        <translation>誤った鍵 %1</translation>
    </message>
    <message>
        <source>An independent key of the same scheme does not open it; what still shows is what the scheme leaks.</source>
        <translation>同じ方式の独立した鍵では開けません。まだ見えているものは、方式が漏らしているものです。</translation>
    </message>
    <message>
        <source>Block %1 (this step does not track blocks).</source>
        <translation>ブロック %1 (このステップはブロックを追跡しません)。</translation>
    </message>
    <message>
        <source>Plain block %1 → block %2 of the ciphertext (outlined in every step).</source>
        <translation>平文のブロック %1 → 暗号画像のブロック %2 (各ステップで枠表示)。</translation>
    </message>
    <message>
        <source>Encrypting…</source>
        <translation>暗号化しています…</translation>
    </message>
    <message>
        <source>%1 is a key for %2 images, but the image is %3. Open an image of that size or make a new key.</source>
        <translation>%1 は %2 の画像用の鍵ですが、画像は %3 です。そのサイズの画像を開くか、新しい鍵を作ってください。</translation>
    </message>
    <message>
        <source>There is no key to save yet.</source>
        <translation>保存する鍵がまだありません。</translation>
    </message>
    <message>
        <source>Key saved to %1 (readable by you only).</source>
        <translation>鍵を %1 に保存しました (あなただけが読めます)。</translation>
    </message>
    <message>
        <source>Load an image first.</source>
        <translation>先に画像を読み込んでください。</translation>
    </message>
    <message>
        <source>Ciphertext saved to %1.</source>
        <translation>暗号画像を %1 に保存しました。</translation>
    </message>
    <message>
        <source>Open image</source>
        <translation>画像を開く</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.bmp *.tif *.tiff *.webp)</source>
        <translation>画像 (*.png *.jpg *.jpeg *.bmp *.tif *.tiff *.webp)</translation>
    </message>
    <message>
        <source>Load key</source>
        <translation>鍵を読み込む</translation>
    </message>
    <message>
        <source>LED Studio keys (*.ledkey);;All files (*)</source>
        <translation>LED Studio の鍵 (*.ledkey);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Save key</source>
        <translation>鍵を保存</translation>
    </message>
    <message>
        <source>LED Studio keys (*.ledkey)</source>
        <translation>LED Studio の鍵 (*.ledkey)</translation>
    </message>
    <message>
        <source>LED Studio ciphertext (*.ledc)</source>
        <translation>LED Studio の暗号画像 (*.ledc)</translation>
    </message>
    <message>
        <source>PNG image (*.png);;LED Studio ciphertext (*.ledc)</source>
        <translation>PNG 画像 (*.png);;LED Studio の暗号画像 (*.ledc)</translation>
    </message>
    <message>
        <source>Save ciphertext</source>
        <translation>暗号画像を保存</translation>
    </message>
    <message>
        <source>The Scramble page&apos;s key was saved beside it as %1 (readable by you only).</source>
        <translation>スクランブルページの鍵はその横に %1 として保存しました (あなただけが読めます)。</translation>
    </message>
    <message>
        <source>Scramble</source>
        <translation>スクランブル</translation>
    </message>
</context>
<context>
    <name>led::ui::SeizedLogPanel</name>
    <message>
        <source>Open the Query a Line Names…</source>
        <translation>行が示すクエリを開く…</translation>
    </message>
    <message>
        <source>garbled guide</source>
        <translation>攪乱されたガイド</translation>
    </message>
    <message>
        <source>opened guide</source>
        <translation>開いたガイド</translation>
    </message>
    <message>
        <source>decrypted image</source>
        <translation>復号した画像</translation>
    </message>
    <message>
        <source>Open a Seized Log…</source>
        <translation>押収したログを開く…</translation>
    </message>
    <message>
        <source>time (UTC)</source>
        <translation>時刻（UTC）</translation>
    </message>
    <message>
        <source>pad</source>
        <translation>パッド</translation>
    </message>
    <message>
        <source>entry</source>
        <translation>エントリ</translation>
    </message>
    <message>
        <source>query digest</source>
        <translation>クエリのダイジェスト</translation>
    </message>
    <message>
        <source>Open a Seized Log</source>
        <translation>押収したログを開く</translation>
    </message>
    <message>
        <source>Cloud logs (*.log *.jsonl);;All files (*)</source>
        <translation>クラウドのログ (*.log *.jsonl);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Open a Query</source>
        <translation>クエリを開く</translation>
    </message>
    <message>
        <source>LED queries (*.ledq)</source>
        <translation>LED クエリ (*.ledq)</translation>
    </message>
    <message>
        <source>%1: %2 lines. Each holds a time, a pad, an entry, a query&apos;s digest and two sealed slots: which part was real is not among them.</source>
        <translation>%1: %2 行。各行には時刻、パッド、エントリ、クエリのダイジェスト、封印された 2 つのスロットがあり、どちらのパートが本物かは含まれていません。</translation>
    </message>
    <message>
        <source>This query is not in the log: the cloud never answered it, or the log is another cloud&apos;s.</source>
        <translation>このクエリはログにありません: クラウドが答えていないか、別のクラウドのログです。</translation>
    </message>
    <message>
        <source>This query is line %1 of the log: answered at %2, pad entry %3. Open it with the keys the user hands over.</source>
        <translation>このクエリはログの %1 行目です: %2 に応答、パッドエントリ %3。利用者が差し出す鍵で開いてください。</translation>
    </message>
    <message>
        <source>The revealed guide key opens a %1: part %2 was the real one, says the user.</source>
        <translation>明かされたガイド鍵は %1 を開きます: 本物はパート %2 だと利用者は言います。</translation>
    </message>
    <message>
        <source>The revealed guide key opens no shape: this key is a lie.</source>
        <translation>明かされたガイド鍵はどの形も開きません: この鍵は嘘です。</translation>
    </message>
    <message>
        <source>Skipped a damaged last line: %1</source>
        <translation>壊れた最終行を読み飛ばしました: %1</translation>
    </message>
    <message>
        <source>Open What Was Handed Over…</source>
        <translation>渡されたものを開く…</translation>
    </message>
    <message>
        <source>What Was Handed Over</source>
        <translation>渡されたもの</translation>
    </message>
</context>
<context>
    <name>led::ui::ServicePanel</name>
    <message>
        <source>Reachable from other machines</source>
        <translation>他のマシンから接続可能</translation>
    </message>
    <message>
        <source>Start Service</source>
        <translation>サービス開始</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>port </source>
        <translation>ポート </translation>
    </message>
    <message>
        <source>Off: only this machine can send queries (127.0.0.1). On: every machine that reaches this one can.</source>
        <translation>オフ: このマシンだけがクエリを送れます（127.0.0.1）。オン: このマシンに届くすべてのマシンが送れます。</translation>
    </message>
    <message>
        <source> students</source>
        <translation> 人の学生</translation>
    </message>
    <message>
        <source>time (UTC)</source>
        <translation>時刻（UTC）</translation>
    </message>
    <message>
        <source>entry</source>
        <translation>エントリ</translation>
    </message>
    <message>
        <source>query digest</source>
        <translation>クエリのダイジェスト</translation>
    </message>
    <message>
        <source>sealed answer slots</source>
        <translation>封印された回答スロット</translation>
    </message>
    <message>
        <source>Folder for the Classroom Kits</source>
        <translation>教室キットのフォルダー</translation>
    </message>
    <message>
        <source>Set up the built-in cloud&apos;s models on the Query page first: the service answers with them.</source>
        <translation>まずクエリページで内蔵クラウドのモデルを準備してください: サービスはそれで答えます。</translation>
    </message>
    <message>
        <source>Starting led-cloud serve…</source>
        <translation>led-cloud serve を起動しています…</translation>
    </message>
    <message>
        <source>Start the service first: a kit carries its address.</source>
        <translation>先にサービスを開始してください: キットにはそのアドレスが入ります。</translation>
    </message>
    <message>
        <source>Run the cloud as a service for a classroom: other windows and led query send reach it over HTTP, each with a kit.</source>
        <translation>クラウドを教室向けのサービスとして動かします: 他のウィンドウや led query send が、それぞれキットを使って HTTP で接続します。</translation>
    </message>
    <message>
        <source>Class Folder…</source>
        <translation>クラスのフォルダー…</translation>
    </message>
    <message>
        <source>Add Classroom Kits…</source>
        <translation>教室用キットを追加…</translation>
    </message>
    <message>
        <source>Replace the Class…</source>
        <translation>クラスを置き換える…</translation>
    </message>
    <message>
        <source>student</source>
        <translation>学生</translation>
    </message>
    <message>
        <source>Replace the Class</source>
        <translation>クラスを置き換える</translation>
    </message>
    <message>
        <source>Every kit handed out (%1) stops working: the cloud forgets their pads. The log stays in %2. Make new kits afterwards.</source>
        <translation>配布済みのキット（%1 個）はすべて使えなくなります。クラウドはそのパッドを忘れます。ログは %2 に残ります。その後で新しいキットを作ってください。</translation>
    </message>
    <message>
        <source>The Class&apos;s Folder</source>
        <translation>クラスのフォルダー</translation>
    </message>
    <message>
        <source>Cannot make the class&apos;s folder %1.</source>
        <translation>クラスのフォルダー %1 を作成できません。</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>%1 を書き込めません。</translation>
    </message>
    <message>
        <source>The kits handed out were made for the class&apos;s own models, so the service answers with those, not with the ones set up since. Replace the Class… to start over with these.</source>
        <translation>配布済みのキットはクラス自身のモデル用に作られたため、サービスはその後に準備したモデルではなく、それらで回答します。これらでやり直すには「クラスを置き換える…」を使ってください。</translation>
    </message>
    <message>
        <source>The cloud serves the class again at %1: the %2 kits handed out work as before.</source>
        <translation>クラウドは %1 で再びクラスに提供しています。配布済みの %2 個のキットはこれまでどおり使えます。</translation>
    </message>
    <message>
        <source>The cloud serves at %1. Add classroom kits for the students: each holds the keys, a pad and this address.</source>
        <translation>クラウドは %1 で提供しています。学生用の教室用キットを追加してください。各キットには鍵、パッド、このアドレスが入ります。</translation>
    </message>
    <message>
        <source>New kits carry the keys the class&apos;s models were trained with, and this window does not hold them: open the project the class was set up in (or Replace the Class… to start over).</source>
        <translation>新しいキットにはクラスのモデルの学習に使った鍵が入りますが、このウィンドウはそれを持っていません。クラスを準備したプロジェクトを開いてください（やり直すには「クラスを置き換える…」）。</translation>
    </message>
    <message>
        <source>Kits %1 to %2 in %3. A student opens one on the Query page (Cloud: at an address), or uses it with led query compose --kit.</source>
        <translation>キット %1 から %2 を %3 に作成しました。学生はクエリページ（クラウド：アドレス指定）で開くか、led query compose --kit で使います。</translation>
    </message>
    <message>
        <source>Stop the service first.</source>
        <translation>先にサービスを止めてください。</translation>
    </message>
    <message>
        <source>The class starts over: start the service and add kits for the students.</source>
        <translation>クラスをやり直します。サービスを開始して、学生用のキットを追加してください。</translation>
    </message>
    <message>
        <source>The class&apos;s folder: %1 (%2 kits handed out; the cloud&apos;s log: %3). It outlives the window: start the service again and the kits work as before.</source>
        <translation>クラスのフォルダー：%1（配布済みキット %2 個、クラウドのログ：%3）。ウィンドウを閉じても残ります。サービスを再び開始すればキットはこれまでどおり使えます。</translation>
    </message>
    <message>
        <source>Serving at %1. Queries arrive below as the cloud&apos;s log records them: a student&apos;s pad, an entry, a digest and two sealed slots, nothing more.</source>
        <translation>%1 で提供中。クエリはクラウドのログに記録されたとおり下に届きます：学生のパッド、エントリー、ダイジェスト、封印された 2 つのスロットだけです。</translation>
    </message>
    <message>
        <source>Only this computer reaches it: kits made now work here only. For students on other machines, stop, tick Reachable from other machines and start again before adding kits.</source>
        <translation>このコンピューターからしか届きません。今作るキットはここでしか使えません。ほかのマシンの学生のためには、止めて「ほかのマシンから到達可能」にチェックを入れ、もう一度開始してからキットを追加してください。</translation>
    </message>
    <message>
        <source>Run the cloud as a service for a classroom. It answers with the built-in cloud&apos;s models: set them up on the Query page first.</source>
        <translation>クラウドを教室向けサービスとして実行します。内蔵クラウドのモデルで回答するので、先にクエリページで準備してください。</translation>
    </message>
</context>
<context>
    <name>led::ui::SweepPanel</name>
    <message>
        <source>Run the sweep</source>
        <translation>スイープを実行</translation>
    </message>
    <message>
        <source>block</source>
        <translation>ブロック</translation>
    </message>
    <message>
        <source>noise</source>
        <translation>ノイズ</translation>
    </message>
    <message>
        <source>accuracy</source>
        <translation>正解率</translation>
    </message>
    <message>
        <source>visual privacy</source>
        <translation>視覚的プライバシー</translation>
    </message>
    <message>
        <source>mis-usability</source>
        <translation>誤用耐性</translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation>正解率</translation>
    </message>
    <message>
        <source>block size M</source>
        <translation>ブロックサイズ M</translation>
    </message>
    <message>
        <source>test accuracy (%)</source>
        <translation>テスト正解率 (%)</translation>
    </message>
    <message>
        <source>Visual privacy</source>
        <translation>視覚的プライバシー</translation>
    </message>
    <message>
        <source>1 − examiner accuracy</source>
        <translation>1 − 検査者の正解率</translation>
    </message>
    <message>
        <source>Mis-usability</source>
        <translation>誤用耐性</translation>
    </message>
    <message>
        <source>accuracy on plain images (%)</source>
        <translation>平文画像での正解率 (%)</translation>
    </message>
    <message>
        <source>Each setting trains one model; the plain examiner is trained first.</source>
        <translation>設定ごとにモデルを 1 つ学習します。平文の検査者を最初に学習します。</translation>
    </message>
    <message>
        <source>fashion-mnist[:FOLDER], cifar10:FOLDER or folder:FOLDER[@WxHxC]</source>
        <translation>fashion-mnist[:フォルダ]、cifar10:フォルダ、folder:フォルダ[@WxHxC]</translation>
    </message>
    <message>
        <source>Dataset:</source>
        <translation>データセット:</translation>
    </message>
    <message>
        <source>Scheme:</source>
        <translation>方式:</translation>
    </message>
    <message>
        <source>Block sizes:</source>
        <translation>ブロックサイズ:</translation>
    </message>
    <message>
        <source>Noise levels (rmt):</source>
        <translation>ノイズレベル (rmt):</translation>
    </message>
    <message>
        <source>Epochs per model:</source>
        <translation>モデルごとのエポック数:</translation>
    </message>
    <message>
        <source>Training images:</source>
        <translation>学習画像数:</translation>
    </message>
    <message>
        <source>Test images:</source>
        <translation>テスト画像数:</translation>
    </message>
    <message>
        <source>Visual privacy target:</source>
        <translation>視覚的プライバシーの目標:</translation>
    </message>
    <message>
        <source>Loading the dataset…</source>
        <translation>データセットを読み込んでいます…</translation>
    </message>
    <message>
        <source>Training the plain examiner (model 1 of %1)…</source>
        <translation>平文の検査者を学習しています (モデル 1 / %1)…</translation>
    </message>
    <message>
        <source>Training model %1 of %2 on ciphertexts…</source>
        <translation>暗号画像でモデル %1 / %2 を学習しています…</translation>
    </message>
    <message>
        <source>Cancelled after %1 settings.</source>
        <translation>%1 個の設定の後でキャンセルしました。</translation>
    </message>
    <message>
        <source>Done. The plain examiner scores %1 % on plain test images.</source>
        <translation>完了。平文の検査者は平文テスト画像で %1 % です。</translation>
    </message>
    <message>
        <source>No setting so far reaches visual privacy %1.</source>
        <translation>視覚的プライバシー %1 に届く設定はまだありません。</translation>
    </message>
    <message>
        <source>Most accurate setting with visual privacy ≥ %1: M = %2, noise %3 (%4 % accuracy).</source>
        <translation>視覚的プライバシー ≥ %1 で最も正解率の高い設定: M = %2、ノイズ %3 (正解率 %4 %)。</translation>
    </message>
    <message>
        <source>Table as CSV…</source>
        <translation>表を CSV で…</translation>
    </message>
    <message>
        <source>Save table</source>
        <translation>表を保存</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Plots as PNG…</source>
        <translation>プロットを PNG で…</translation>
    </message>
    <message>
        <source>Folder for the three plots</source>
        <translation>3 つのプロットを保存するフォルダ</translation>
    </message>
    <message>
        <source>Run the sweep first.</source>
        <translation>先にスイープを実行してください。</translation>
    </message>
    <message>
        <source>Table saved to %1</source>
        <translation>表を %1 に保存しました</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>%1 に書き込めません。</translation>
    </message>
    <message>
        <source>Plots saved in %1</source>
        <translation>プロットを %1 に保存しました</translation>
    </message>
    <message>
        <source>No recommendation: the plain examiner scores only %1 % on plain images (chance: %2 %), so every setting looks private. It must reach %3 % to measure privacy: the run was too short; give it more epochs or images.</source>
        <translation>推奨なし：平文の検査モデルは平文画像で %1 % しか当たらず（偶然：%2 %）、どの設定もプライバシーが高く見えてしまいます。プライバシーを測るには %3 % に達する必要があります：実行が短すぎました。エポック数か画像数を増やしてください。</translation>
    </message>
</context>
<context>
    <name>led::ui::Tour</name>
    <message>
        <source>Scramble the dog</source>
        <translation>犬をスクランブルする</translation>
    </message>
    <message>
        <source>Hide the real image beside a fake one</source>
        <translation>本物の画像を偽の画像の横に隠す</translation>
    </message>
    <message>
        <source>To ask the cloud about the dog, the user sends a composite query: the real image and a fake one, the cat, each encrypted with its own key, in an order a secret coin decides. A small guiding image, a triangle or a square, tells the cloud which part is real; it travels scrambled with a one-time key from a pad user and cloud share.</source>
        <translation>犬についてクラウドに尋ねるため、ユーザーは合成クエリを送ります: 本物の画像と偽の画像 (猫) を、それぞれ独自の鍵で暗号化し、秘密のコインが決める順に並べたものです。小さなガイド画像 (三角形か正方形) がどちらのパートが本物かをクラウドに伝えます。ガイドは、ユーザーとクラウドが共有するパッドの使い捨て鍵でスクランブルされて送られます。</translation>
    </message>
    <message>
        <source>Set Up the Cloud and Compose</source>
        <translation>クラウドを準備してクエリを作成</translation>
    </message>
    <message>
        <source>The cloud answers</source>
        <translation>クラウドが応答する</translation>
    </message>
    <message>
        <source>The cloud unscrambles the guide with its copy of the pad entry, classifies both parts and answers for both, each answer encrypted, so that its log looks the same whichever part was real. It never sees a plain image.</source>
        <translation>クラウドは自分のパッドエントリでガイドを元に戻し、両方のパートを分類して両方に応答します。応答はそれぞれ暗号化されるので、どちらのパートが本物でもログは同じに見えます。クラウドが平文の画像を見ることはありません。</translation>
    </message>
    <message>
        <source>Send the Query</source>
        <translation>クエリを送信</translation>
    </message>
    <message>
        <source>The coercer arrives</source>
        <translation>強要者が現れる</translation>
    </message>
    <message>
        <source>An authority seizes the query and the cloud&apos;s answer and forces user and cloud to hand over their keys. The true keys open the query to the dog. Fake keys, made after the fact, open the very same query to the other shape, the cat and its label.</source>
        <translation>当局がクエリとクラウドの応答を押収し、ユーザーとクラウドに鍵を渡すよう強要します。本物の鍵はクエリを犬として開きます。後から作った偽の鍵は、まったく同じクエリをもう一方の形、猫とそのラベルとして開きます。</translation>
    </message>
    <message>
        <source>Open with True and Fake Keys</source>
        <translation>本物と偽の鍵で開く</translation>
    </message>
    <message>
        <source>Can the fake keys be told apart?</source>
        <translation>偽の鍵は見破れるか?</translation>
    </message>
    <message>
        <source>A fake key only helps if it looks like an honest one. The deniability meter compares the revealed guide key with many honest keys on four statistics: a fake key drawn uniformly passes, the construction in the LED paper is caught.</source>
        <translation>偽の鍵が役に立つのは、正直な鍵のように見えるときだけです。否認可能性メーターは、開示したガイド鍵を多数の正直な鍵と 4 つの統計量で比較します: 一様に引いた偽の鍵は通り、LED 論文の構成法は見破られます。</translation>
    </message>
    <message>
        <source>Try the Paper&apos;s Fake Key</source>
        <translation>論文の偽の鍵を試す</translation>
    </message>
    <message>
        <source>Your turn</source>
        <translation>あなたの番です</translation>
    </message>
    <message>
        <source>Learnable encryption cuts an image into small blocks and scrambles them with a key: a classifier can still learn from the result, a person sees noise. Follow the dog through le, the scheme the cloud&apos;s models use in this tour: in every block the colour values are split in halves, inverted and shuffled, the same way in every block. At the bottom the right key opens it and a wrong key does not.</source>
        <translation>学習可能な暗号化は画像を小さなブロックに分け、鍵でスクランブルします：分類器は結果から学習できますが、人にはノイズに見えます。このツアーでクラウドのモデルが使う方式 le で犬を追ってみましょう：各ブロックで色の値が半分に分けられ、反転され、並べ替えられます。どのブロックも同じ方法です。下では正しい鍵で開き、間違った鍵では開きません。</translation>
    </message>
    <message>
        <source>Scramble the Dog with le</source>
        <translation>le で犬をスクランブル</translation>
    </message>
    <message>
        <source>Drop your own photo on the Scramble page, train a model on encrypted images on the Train page, or run a local prediction here: the photo is encrypted on this computer before any model sees it. No model yet? Train a Quick Model makes one in %1.</source>
        <translation>スクランブルページに自分の写真をドロップする、学習ページで暗号化画像のモデルを学習する、またはここでローカル予測を実行しましょう。写真はどのモデルにも見られる前にこのコンピューターで暗号化されます。まだモデルがない？「簡易モデルを学習」で %1 で作れます。</translation>
    </message>
</context>
<context>
    <name>led::ui::TourPanel</name>
    <message>
        <source>Guided Tour</source>
        <translation>ガイドツアー</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>戻る</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>次へ</translation>
    </message>
    <message>
        <source>Leave</source>
        <translation>離れる</translation>
    </message>
    <message>
        <source>Hide the tour; Help &gt; Guided Tour resumes at this step.</source>
        <translation>ツアーを隠します。ヘルプ &gt; ガイドツアーでこのステップから再開できます。</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>処理中…</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>ステップ %1 / %2</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>完了</translation>
    </message>
</context>
<context>
    <name>led::ui::TrainPage</name>
    <message>
        <source>Model %1 of %2%3</source>
        <translation>モデル %1 / %2%3</translation>
    </message>
    <message>
        <source>, key %1</source>
        <translation>、鍵 %1</translation>
    </message>
    <message>
        <source>Training on plain images</source>
        <translation>平文画像で学習中</translation>
    </message>
    <message>
        <source>Training with key %1</source>
        <translation>鍵 %1 で学習中</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 を保存しました。</translation>
    </message>
    <message>
        <source>epoch</source>
        <translation>エポック</translation>
    </message>
    <message>
        <source>train loss</source>
        <translation>学習損失</translation>
    </message>
    <message>
        <source>train acc. %</source>
        <translation>学習正解率 %</translation>
    </message>
    <message>
        <source>test loss</source>
        <translation>テスト損失</translation>
    </message>
    <message>
        <source>test acc. %</source>
        <translation>テスト正解率 %</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>秒</translation>
    </message>
    <message>
        <source>Choose a dataset and a scheme, then press Start.</source>
        <translation>データセットと方式を選び、「開始」を押してください。</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>学習</translation>
    </message>
    <message>
        <source>Fashion-MNIST (installed)</source>
        <translation>Fashion-MNIST (インストール済み)</translation>
    </message>
    <message>
        <source>CIFAR-10 (your cifar-10-batches-bin)</source>
        <translation>CIFAR-10 (あなたの cifar-10-batches-bin)</translation>
    </message>
    <message>
        <source>Image folder (a sub-folder per class)</source>
        <translation>画像フォルダ (クラスごとにサブフォルダ)</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>フォルダ</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>参照…</translation>
    </message>
    <message>
        <source>Dataset folder</source>
        <translation>データセットのフォルダ</translation>
    </message>
    <message>
        <source>plain (no encryption)</source>
        <translation>平文 (暗号化なし)</translation>
    </message>
    <message>
        <source>Load key…</source>
        <translation>鍵を読み込む…</translation>
    </message>
    <message>
        <source>Load key</source>
        <translation>鍵を読み込む</translation>
    </message>
    <message>
        <source>LED Studio keys (*.ledkey)</source>
        <translation>LED Studio の鍵 (*.ledkey)</translation>
    </message>
    <message>
        <source>An ensemble (LED section 3.4): this many models, each with its own key; their probabilities are summed.</source>
        <translation>アンサンブル (LED 3.4 節): この数のモデルをそれぞれ独自の鍵で学習し、確率を合計します。</translation>
    </message>
    <message>
        <source>CUDA is used when LibTorch finds a GPU; otherwise every CPU core.</source>
        <translation>LibTorch が GPU を見つければ CUDA を、なければすべての CPU コアを使います。</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>開始</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Save models…</source>
        <translation>モデルを保存…</translation>
    </message>
    <message>
        <source>Save model</source>
        <translation>モデルを保存</translation>
    </message>
    <message>
        <source>LED Studio models (*.ledmodel)</source>
        <translation>LED Studio のモデル (*.ledmodel)</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>データセット</translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation>暗号化</translation>
    </message>
    <message>
        <source>Block size</source>
        <translation>ブロックサイズ</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>鍵</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>モデル</translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation>エポック数</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>バッチサイズ</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>学習率</translation>
    </message>
    <message>
        <source>Ensemble models</source>
        <translation>アンサンブルのモデル数</translation>
    </message>
    <message>
        <source>none: plain images</source>
        <translation>なし: 平文画像</translation>
    </message>
    <message>
        <source>%1 (loaded)</source>
        <translation>%1 (読み込み済み)</translation>
    </message>
    <message>
        <source>a new key from the OS generator for each model, saved with it</source>
        <translation>モデルごとに OS の乱数生成器から新しい鍵を作り、モデルと一緒に保存します</translation>
    </message>
    <message>
        <source>Choose the dataset&apos;s folder first.</source>
        <translation>先にデータセットのフォルダを選んでください。</translation>
    </message>
    <message>
        <source>Cancelling… (within one batch)</source>
        <translation>キャンセルしています… (1 バッチ以内)</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>キャンセルしました。</translation>
    </message>
    <message>
        <source>Ensemble test accuracy by number of models (summed probabilities): %1</source>
        <translation>モデル数ごとのアンサンブルのテスト正解率 (確率の合計): %1</translation>
    </message>
    <message>
        <source>Training: %1</source>
        <translation>学習中: %1</translation>
    </message>
    <message>
        <source>Adam&apos;s L2 penalty on the weights; 0.0005 with pixel noise 8 brings a single le model within half a point of plain.</source>
        <translation>Adam の重みに対する L2 ペナルティ。ピクセルノイズ 8 と併せて 0.0005 にすると、le の単一モデルが平文との差 0.5 ポイント以内になります。</translation>
    </message>
    <message>
        <source>Adds a random integer in [-n, n] to every pixel before encryption, so an le model cannot memorise the lower nibble.</source>
        <translation>暗号化の前に各画素へ [-n, n] の乱数整数を加え、le モデルが下位ニブルを記憶できないようにします。</translation>
    </message>
    <message>
        <source>Weight decay</source>
        <translation>重み減衰</translation>
    </message>
    <message>
        <source>Pixel noise</source>
        <translation>ピクセルノイズ</translation>
    </message>
    <message>
        <source>Train</source>
        <translation>学習</translation>
    </message>
    <message>
        <source>The model sees the images as they are: the baseline every scheme is compared with.</source>
        <translation>モデルは画像をそのまま見ます：すべての方式の比較基準です。</translation>
    </message>
    <message>
        <source>A GPU was found: training runs on it (%1).</source>
        <translation>GPU が見つかりました：訓練はそこで実行されます（%1）。</translation>
    </message>
    <message>
        <source>No GPU was found (LibTorch sees no CUDA device here): training runs on the CPU (%1).</source>
        <translation>GPU が見つかりません（LibTorch はここで CUDA デバイスを検出しません）：訓練は CPU で実行されます（%1）。</translation>
    </message>
    <message>
        <source>Use for Prediction</source>
        <translation>予測に使う</translation>
    </message>
    <message>
        <source>Keeps the model with its key in LED Studio&apos;s folder and opens it on the Predict page.</source>
        <translation>モデルを鍵と一緒に LED Studio のフォルダーに保存し、予測ページで開きます。</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>詳細設定</translation>
    </message>
    <message>
        <source>Time: depends on the folder&apos;s size; the progress bar says how long is left once it starts.</source>
        <translation>時間：フォルダーのサイズによります。開始すると進捗バーが残り時間を示します。</translation>
    </message>
    <message>
        <source>Done. Save the model, or use it for a prediction on the Predict page.</source>
        <translation>完了。モデルを保存するか、予測ページで予測に使ってください。</translation>
    </message>
    <message>
        <source>The GUI thread&apos;s longest stall during the run: %1 ms.</source>
        <translation>実行中の GUI スレッドの最長停止：%1 ms。</translation>
    </message>
    <message>
        <source>Estimated time: %1.</source>
        <translation>予想時間：%1。</translation>
    </message>
</context>
<context>
    <name>led::ui::TrainWorker</name>
    <message>
        <source>Loading %1…</source>
        <translation>%1 を読み込んでいます…</translation>
    </message>
    <message>
        <source>Evaluating the ensemble…</source>
        <translation>アンサンブルを評価しています…</translation>
    </message>
</context>
<context>
    <name>led::ui::TrainingEstimate</name>
    <message>
        <source>%1–%2 s</source>
        <translation>%1～%2 秒</translation>
    </message>
    <message>
        <source>%1–%2 min</source>
        <translation>%1～%2 分</translation>
    </message>
    <message>
        <source>%1–%2 h</source>
        <translation>%1～%2 時間</translation>
    </message>
    <message>
        <source>%1 at this computer&apos;s speed in its last runs</source>
        <translation>このコンピューターの直近の実行速度で %1</translation>
    </message>
    <message>
        <source>%1 (a first guess until a run here measures it)</source>
        <translation>%1（ここで実行して計測するまでの概算）</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 時間 %2 分</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 分 %2 秒</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>残り %1</translation>
    </message>
</context>
<context>
    <name>led::ui::UserGuide</name>
    <message>
        <source>LED Studio User Guide</source>
        <translation>LED Studio ユーザーガイド</translation>
    </message>
</context>
</TS>
