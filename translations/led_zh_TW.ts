<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
<context>
    <name>QObject</name>
    <message>
        <source>none: the decoy&apos;s one-time keys were never kept</source>
        <translation>無：誘餌的一次性金鑰從未保留</translation>
    </message>
    <message>
        <source>Not enough memory for this.</source>
        <translation>記憶體不足，無法執行。</translation>
    </message>
    <message>
        <source>∞ (identical)</source>
        <translation>∞（完全相同）</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>無法寫入 %1：%2</translation>
    </message>
    <message>
        <source>One key for every block: each block&apos;s 4-bit nibbles are reversed and shuffled.</source>
        <translation>每個區塊一把金鑰：反轉並打亂各區塊的 4 位元半位元組。</translation>
    </message>
    <message>
        <source>le with its own key at every block position, then the blocks change places.</source>
        <translation>每個區塊位置以各自的金鑰套用 le，再交換區塊位置。</translation>
    </message>
    <message>
        <source>Blocks are moved, turned, mirrored, negated and their colours reordered; survives JPEG.</source>
        <translation>區塊被移動、旋轉、鏡射、負片化並重排色彩分量；可承受 JPEG 壓縮。</translation>
    </message>
    <message>
        <source>Y, Cb and Cr side by side as one gray image, then scrambled in small blocks.</source>
        <translation>將 Y、Cb、Cr 並排成一張灰階影像，再以小區塊打亂。</translation>
    </message>
    <message>
        <source>Pixel by pixel: samples negated and colour channels reordered. No blocks move.</source>
        <translation>逐像素：取樣值負片化並重排色彩通道。區塊不移動。</translation>
    </message>
    <message>
        <source>Each block is multiplied by a random orthogonal matrix, then noise is added.</source>
        <translation>每個區塊乘上一個隨機正交矩陣，再加入雜訊。</translation>
    </message>
    <message>
        <source>Dog photo: Darknet project by Joseph Redmon (Debian package darknet), MIT licence.</source>
        <translation>狗的照片：Joseph Redmon 的 Darknet 專案（Debian 套件 darknet），MIT 授權。</translation>
    </message>
    <message>
        <source>“Chelsea the cat” by Stefan van der Walt (scikit-image), CC0.</source>
        <translation>Stefan van der Walt 拍攝的「貓咪 Chelsea」（scikit-image），CC0。</translation>
    </message>
    <message>
        <source>epoch</source>
        <translation>訓練週期</translation>
    </message>
    <message>
        <source>The project refers to %1, which is no longer there.</source>
        <translation>專案參照了 %1，但該檔案已不存在。</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>無法寫入 %1。</translation>
    </message>
    <message>
        <source>The resource %1 is missing from this build.</source>
        <translation>此版本缺少資源 %1。</translation>
    </message>
    <message>
        <source>A small network: minutes on a CPU, strong on Fashion-MNIST.</source>
        <translation>小型網路：在 CPU 上只需數分鐘，擅長 Fashion-MNIST。</translation>
    </message>
    <message>
        <source>Its first layer works block by block, so it learns block-scrambled images as well as plain ones.</source>
        <translation>第一層逐區塊運作，因此學習區塊加擾的影像與明文影像一樣好。</translation>
    </message>
    <message>
        <source>The LED paper&apos;s 8-layer network: slower; for reproducing its tables.</source>
        <translation>LED 論文的 8 層網路：較慢；用於重現論文中的表格。</translation>
    </message>
    <message>
        <source>ResNet-20 for CIFAR-10: minutes per epoch on a CPU, so the paper&apos;s 50 epochs take hours; practical on a GPU.</source>
        <translation>用於 CIFAR-10 的 ResNet-20：在 CPU 上每個 epoch 需數分鐘，論文的 50 個 epoch 需數小時；在 GPU 上才實用。</translation>
    </message>
</context>
<context>
    <name>led</name>
    <message>
        <source>inversions within a colour</source>
        <translation>同色內的逆序數</translation>
    </message>
    <message>
        <source>cycles</source>
        <translation>循環數</translation>
    </message>
    <message>
        <source>fixed points</source>
        <translation>不動點</translation>
    </message>
    <message>
        <source>mean displacement</source>
        <translation>平均位移</translation>
    </message>
    <message>
        <source>after block permutation</source>
        <translation>區塊置換之後</translation>
    </message>
    <message>
        <source>Step 1: the blocks change places.</source>
        <translation>步驟 1：區塊交換位置。</translation>
    </message>
    <message>
        <source>after rotation and flip</source>
        <translation>旋轉與翻轉之後</translation>
    </message>
    <message>
        <source>Step 2: each block is turned by 0, 90, 180 or 270 degrees and perhaps mirrored.</source>
        <translation>步驟 2：每個區塊旋轉 0、90、180 或 270 度，並可能鏡射。</translation>
    </message>
    <message>
        <source>after negative-positive</source>
        <translation>負片轉換之後</translation>
    </message>
    <message>
        <source>Step 3: about half of the blocks become their negative (p -&gt; 255 - p).</source>
        <translation>步驟 3：約一半的區塊變成負片（p -&gt; 255 - p）。</translation>
    </message>
    <message>
        <source>after colour shuffle</source>
        <translation>色彩重排之後</translation>
    </message>
    <message>
        <source>Step 4: each block&apos;s red, green and blue change order.</source>
        <translation>步驟 4：每個區塊的紅、綠、藍交換順序。</translation>
    </message>
    <message>
        <source>Extended Learnable Encryption (Madono et al.)</source>
        <translation>擴展可學習加密（Madono 等人）</translation>
    </message>
    <message>
        <source>Each block position has its own block key.</source>
        <translation>每個區塊位置都有自己的區塊金鑰。</translation>
    </message>
    <message>
        <source>The blocks change places.</source>
        <translation>區塊交換位置。</translation>
    </message>
    <message>
        <source>Grayscale-based block scrambling (Sirichotedumrong et al.)</source>
        <translation>基於灰階的區塊打亂（Sirichotedumrong 等人）</translation>
    </message>
    <message>
        <source>plain image</source>
        <translation>明文影像</translation>
    </message>
    <message>
        <source>The colour image, padded to whole blocks.</source>
        <translation>彩色影像，已補齊為完整區塊。</translation>
    </message>
    <message>
        <source>Y, Cb and Cr side by side as one grayscale image.</source>
        <translation>將 Y、Cb、Cr 並排成一張灰階影像。</translation>
    </message>
    <message>
        <source>A gray image is its own single plane.</source>
        <translation>灰階影像本身就是單一平面。</translation>
    </message>
    <message>
        <source>YCbCr planes</source>
        <translation>YCbCr 平面</translation>
    </message>
    <message>
        <source>Block scrambling for EtC (Kiya)</source>
        <translation>EtC 的區塊打亂（Kiya）</translation>
    </message>
    <message>
        <source>Four steps follow, each with its own table.</source>
        <translation>接下來四個步驟，各有自己的表格。</translation>
    </message>
    <message>
        <source>lower nibbles</source>
        <translation>低半位元組</translation>
    </message>
    <message>
        <source>The low 4 bits of every sample, stretched to 0..255.</source>
        <translation>每個取樣值的低 4 位元，拉伸到 0..255。</translation>
    </message>
    <message>
        <source>upper nibbles</source>
        <translation>高半位元組</translation>
    </message>
    <message>
        <source>The high 4 bits of every sample: the image&apos;s coarse shape.</source>
        <translation>每個取樣值的高 4 位元：影像的大致形狀。</translation>
    </message>
    <message>
        <source>after reversal</source>
        <translation>反轉之後</translation>
    </message>
    <message>
        <source>Nibbles where the mask is set become 15 - v.</source>
        <translation>遮罩為 1 的半位元組變成 15 - v。</translation>
    </message>
    <message>
        <source>Samples where the mask is set become 255 - v.</source>
        <translation>遮罩為 1 的取樣值變成 255 - v。</translation>
    </message>
    <message>
        <source>after shuffle</source>
        <translation>打亂之後</translation>
    </message>
    <message>
        <source>The 2d nibbles of each block are permuted, then paired back into bytes.</source>
        <translation>每個區塊的 2d 個半位元組被置換，再兩兩組回位元組。</translation>
    </message>
    <message>
        <source>The d samples of each block are permuted.</source>
        <translation>每個區塊的 d 個取樣值被置換。</translation>
    </message>
    <message>
        <source>Learnable Image Encryption (Tanaka)</source>
        <translation>可學習影像加密（Tanaka）</translation>
    </message>
    <message>
        <source>One block key serves every block.</source>
        <translation>一把區塊金鑰用於所有區塊。</translation>
    </message>
    <message>
        <source>Pixel-based encryption (Sirichotedumrong et al.)</source>
        <translation>基於像素的加密（Sirichotedumrong 等人）</translation>
    </message>
    <message>
        <source>pe works pixel by pixel; there are no blocks to move.</source>
        <translation>pe 逐像素處理；沒有區塊可移動。</translation>
    </message>
    <message>
        <source>About half of all samples become 255 - v.</source>
        <translation>約一半的取樣值變成 255 - v。</translation>
    </message>
    <message>
        <source>Each pixel&apos;s red, green and blue change order.</source>
        <translation>每個像素的紅、綠、藍交換順序。</translation>
    </message>
    <message>
        <source>Block-wise randomized multidimensional transform (Sharma &amp; Chen)</source>
        <translation>區塊式隨機多維轉換（Sharma &amp; Chen）</translation>
    </message>
    <message>
        <source>Each block and channel gets its own random rotation matrix.</source>
        <translation>每個區塊與通道都有自己的隨機旋轉矩陣。</translation>
    </message>
    <message>
        <source>after transform</source>
        <translation>轉換之後</translation>
    </message>
    <message>
        <source>Every block X becomes X R: real numbers, shown stretched to 0..255.</source>
        <translation>每個區塊 X 變成 X R：實數值，拉伸到 0..255 顯示。</translation>
    </message>
    <message>
        <source>after noise</source>
        <translation>加入雜訊之後</translation>
    </message>
    <message>
        <source>Noise drawn uniformly from [0, N) is added to every value, fresh for every image.</source>
        <translation>自 [0, N) 均勻抽取的雜訊加到每個數值上，每張影像重新抽取。</translation>
    </message>
    <message>
        <source>The image cut into %1 blocks of %2x%2 pixels.</source>
        <translation>影像切成 %1 個 %2x%2 像素的區塊。</translation>
    </message>
    <message>
        <source>%1, JPEG, decrypted</source>
        <translation>%1、JPEG、解密</translation>
    </message>
    <message>
        <source>the chosen-plaintext attack targets le&apos;s public structure</source>
        <translation>選擇明文攻擊針對的是 le 公開的結構</translation>
    </message>
    <message>
        <source>the attack needs image sides that are multiples of the block size</source>
        <translation>此攻擊需要邊長為區塊大小倍數的影像</translation>
    </message>
    <message>
        <source>an arrangement needs one piece per position</source>
        <translation>排列需要每個位置一塊拼圖</translation>
    </message>
    <message>
        <source>the image sides must be multiples of the piece size (at least 2)</source>
        <translation>影像邊長必須是拼圖塊大小（至少 2）的倍數</translation>
    </message>
    <message>
        <source>the puzzle needs rows x cols pieces</source>
        <translation>拼圖需要 列 x 行 塊</translation>
    </message>
    <message>
        <source>turned pieces must be square</source>
        <translation>旋轉的拼圖塊必須是正方形</translation>
    </message>
    <message>
        <source>not an orientation</source>
        <translation>不是有效的方向</translation>
    </message>
    <message>
        <source>pieces must be square to turn</source>
        <translation>拼圖塊必須是正方形才能旋轉</translation>
    </message>
    <message>
        <source>the regression attack targets rmt</source>
        <translation>迴歸攻擊針對的是 rmt</translation>
    </message>
    <message>
        <source>the pair must be a plain image and its rmt ciphertext of the key&apos;s image shape</source>
        <translation>這一對必須是符合金鑰影像尺寸的明文影像及其 rmt 密文</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>無法寫入 %1：%2</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>無法開啟 %1：%2</translation>
    </message>
    <message>
        <source>%1 is a folder, not a file</source>
        <translation>%1 是資料夾，不是檔案</translation>
    </message>
    <message>
        <source>%1 is too large (%2 bytes)</source>
        <translation>%1 太大（%2 位元組）</translation>
    </message>
    <message>
        <source>cannot read %1</source>
        <translation>無法讀取 %1</translation>
    </message>
    <message>
        <source>%1 is truncated (needs %2 more bytes at offset %3, has %4)</source>
        <translation>%1 不完整（在位移 %3 處還需要 %2 位元組，只有 %4）</translation>
    </message>
    <message>
        <source>%1 has an implausible text field of %2 bytes</source>
        <translation>%1 含有長度不合理（%2 位元組）的文字欄位</translation>
    </message>
    <message>
        <source>%1 is empty, not a %2</source>
        <translation>%1 是空的，不是%2</translation>
    </message>
    <message>
        <source>%1 is not an LED Studio %2</source>
        <translation>%1 不是 LED Studio 的%2</translation>
    </message>
    <message>
        <source>%1 is truncated</source>
        <translation>%1 不完整</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 is a %2 of version %3; this program reads version %4</source>
        <translation>%1 是第 %3 版的%2；本程式讀取第 %4 版</translation>
    </message>
    <message>
        <source>%1 is damaged: its checksum does not match (the file was truncated or altered)</source>
        <translation>%1 已損壞：總和檢查碼不符（檔案被截斷或遭修改）</translation>
    </message>
    <message>
        <source>%1 takes numbers separated by commas, not &apos;%2&apos;</source>
        <translation>%1 需要以逗號分隔的數字，而非「%2」</translation>
    </message>
    <message>
        <source>%1 takes whole numbers, not %2</source>
        <translation>%1 需要整數，而非 %2</translation>
    </message>
    <message>
        <source>%1/batches.meta.txt should name 10 classes, it names %2</source>
        <translation>%1/batches.meta.txt 應列出 10 個類別，實際為 %2 個</translation>
    </message>
    <message>
        <source>%1 is not a CIFAR-10 batch: %2 bytes is not a whole number of %3-byte records (truncated?)</source>
        <translation>%1 不是 CIFAR-10 批次檔：%2 位元組不是 %3 位元組記錄的整數倍（被截斷？）</translation>
    </message>
    <message>
        <source>%1: record %2 has label %3, CIFAR-10 has 10 classes</source>
        <translation>%1：記錄 %2 的標籤為 %3，但 CIFAR-10 只有 10 個類別</translation>
    </message>
    <message>
        <source>%1 is not a cifar-10-batches-bin folder: it has no test_batch.bin</source>
        <translation>%1 不是 cifar-10-batches-bin 資料夾：其中沒有 test_batch.bin</translation>
    </message>
    <message>
        <source>%1 has no data_batch_1.bin</source>
        <translation>%1 中沒有 data_batch_1.bin</translation>
    </message>
    <message>
        <source>%1 holds no images</source>
        <translation>%1 中沒有影像</translation>
    </message>
    <message>
        <source>%1 has %2 labels but pixel data for a different number of images</source>
        <translation>%1 有 %2 個標籤，但像素資料的影像數量不同</translation>
    </message>
    <message>
        <source>%1 names no classes</source>
        <translation>%1 沒有列出任何類別</translation>
    </message>
    <message>
        <source>%1 has a label %2 beyond its %3 classes</source>
        <translation>%1 含有超出其 %3 個類別的標籤 %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an image size of the form WIDTHxHEIGHTxCHANNELS</source>
        <translation>「%1」不是 寬x高x通道 格式的影像尺寸</translation>
    </message>
    <message>
        <source>the dataset &apos;%1&apos; needs a folder: %2:FOLDER</source>
        <translation>資料集「%1」需要資料夾：%2:資料夾</translation>
    </message>
    <message>
        <source>unknown dataset &apos;%1&apos; (use fashion-mnist, cifar10:FOLDER or folder:FOLDER)</source>
        <translation>未知的資料集「%1」（請使用 fashion-mnist、cifar10:資料夾 或 folder:資料夾）</translation>
    </message>
    <message>
        <source>the model takes images of %1, the dataset&apos;s images are %2</source>
        <translation>模型接受 %1 的影像，資料集的影像是 %2</translation>
    </message>
    <message>
        <source>%1 is not a Fashion-MNIST folder: it has no %2[.gz] (install Debian&apos;s dataset-fashion-mnist or give the folder that holds the IDX files)</source>
        <translation>%1 不是 Fashion-MNIST 資料夾：其中沒有 %2[.gz]（請安裝 Debian 的 dataset-fashion-mnist，或指定存放 IDX 檔案的資料夾）</translation>
    </message>
    <message>
        <source>%1 holds %2 images but %3 holds %4 labels</source>
        <translation>%1 有 %2 張影像，但 %3 有 %4 個標籤</translation>
    </message>
    <message>
        <source>cannot start decompressing %1</source>
        <translation>無法開始解壓縮 %1</translation>
    </message>
    <message>
        <source>%1 decompresses to more than %2 bytes</source>
        <translation>%1 解壓縮後超過 %2 位元組</translation>
    </message>
    <message>
        <source>%1 is a damaged or truncated gzip file</source>
        <translation>%1 是損壞或不完整的 gzip 檔案</translation>
    </message>
    <message>
        <source>%1 is truncated: it ends inside its header</source>
        <translation>%1 不完整：檔案在標頭中就結束了</translation>
    </message>
    <message>
        <source>%1 has the wrong magic number for an IDX file of %2-dimensional unsigned bytes</source>
        <translation>%1 的魔術數字不符合 %2 維無號位元組的 IDX 檔案</translation>
    </message>
    <message>
        <source>%1 has an implausible dimension %2</source>
        <translation>%1 含有不合理的維度 %2</translation>
    </message>
    <message>
        <source>%1 is truncated: its header promises %2 bytes of data, it holds %3</source>
        <translation>%1 不完整：標頭宣告 %2 位元組資料，實際只有 %3</translation>
    </message>
    <message>
        <source>%1 has trailing bytes: its header promises %2 bytes of data, it holds %3</source>
        <translation>%1 結尾有多餘位元組：標頭宣告 %2 位元組資料，實際有 %3</translation>
    </message>
    <message>
        <source>cannot read the folder %1: %2</source>
        <translation>無法讀取資料夾 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not a folder</source>
        <translation>%1 不是資料夾</translation>
    </message>
    <message>
        <source>%1 is not an image-folder dataset: it needs one sub-folder per class, at least two</source>
        <translation>%1 不是影像資料夾資料集：每個類別需要一個子資料夾，至少兩個</translation>
    </message>
    <message>
        <source>the class folder %1 holds no images</source>
        <translation>類別資料夾 %1 中沒有影像</translation>
    </message>
    <message>
        <source>the key is for images of %1, these images are %2</source>
        <translation>此金鑰適用於 %1 的影像，這些影像是 %2</translation>
    </message>
    <message>
        <source>the image is %1, the model takes %2</source>
        <translation>影像是 %1，模型接受 %2</translation>
    </message>
    <message>
        <source>a photo dataset needs at least two photos, each with a class name</source>
        <translation>照片資料集至少需要兩張照片，每張都要有類別名稱</translation>
    </message>
    <message>
        <source>a photo dataset needs at least one copy of every photo</source>
        <translation>照片資料集中每張照片至少需要一份副本</translation>
    </message>
    <message>
        <source>answer file</source>
        <translation>回答檔</translation>
    </message>
    <message>
        <source>answer key file</source>
        <translation>回答金鑰檔</translation>
    </message>
    <message>
        <source>answer slot</source>
        <translation>回答欄位</translation>
    </message>
    <message>
        <source>%1 names %2 classes</source>
        <translation>%1 列出 %2 個類別</translation>
    </message>
    <message>
        <source>%1 has unexpected bytes after its slots</source>
        <translation>%1 的欄位之後有多餘的位元組</translation>
    </message>
    <message>
        <source>%1 has unexpected bytes after its key</source>
        <translation>%1 的金鑰之後有多餘的位元組</translation>
    </message>
    <message>
        <source>a Kolmogorov-Smirnov test needs two non-empty samples</source>
        <translation>Kolmogorov-Smirnov 檢定需要兩組非空樣本</translation>
    </message>
    <message>
        <source>the meter needs at least 100 honest keys</source>
        <translation>量表至少需要 100 把誠實金鑰</translation>
    </message>
    <message>
        <source>the test needs at least 10 keys of each kind</source>
        <translation>此檢定每種金鑰至少需要 10 把</translation>
    </message>
    <message>
        <source>a guide&apos;s canvas is 16 or 32 pixels wide, not %1</source>
        <translation>引導圖畫布寬度為 16 或 32 像素，而非 %1</translation>
    </message>
    <message>
        <source>the guide key is for %1 pixels, the guide has %2</source>
        <translation>引導金鑰適用於 %1 個像素，引導圖有 %2 個</translation>
    </message>
    <message>
        <source>the garbled guide is %1, the claimed guide %2</source>
        <translation>打亂的引導圖是 %1，宣稱的引導圖是 %2</translation>
    </message>
    <message>
        <source>the garbled guide and the claimed guide have different colour histograms; no key opens one to the other</source>
        <translation>打亂的引導圖與宣稱的引導圖顏色直方圖不同；沒有金鑰能將其一開啟為另一</translation>
    </message>
    <message>
        <source>guide key file</source>
        <translation>引導金鑰檔</translation>
    </message>
    <message>
        <source>a guide key is a permutation of the guide&apos;s side x side pixels</source>
        <translation>引導金鑰是引導圖 邊長 x 邊長 像素的置換</translation>
    </message>
    <message>
        <source>%1 is a guide key of side %2 (16 or 32 expected)</source>
        <translation>%1 是邊長 %2 的引導金鑰（應為 16 或 32）</translation>
    </message>
    <message>
        <source>%1 does not hold a permutation</source>
        <translation>%1 不包含置換</translation>
    </message>
    <message>
        <source>guide pad</source>
        <translation>引導密碼本</translation>
    </message>
    <message>
        <source>a guide pad must come from the operating system&apos;s generator: a seeded pad cannot be denied</source>
        <translation>引導密碼本必須來自作業系統的亂數產生器：以種子產生的密碼本無法否認</translation>
    </message>
    <message>
        <source>a guide&apos;s canvas is 16 or 32 pixels wide</source>
        <translation>引導圖畫布寬度為 16 或 32 像素</translation>
    </message>
    <message>
        <source>a pad holds 1 to 100000 entries</source>
        <translation>密碼本可容納 1 到 100000 個項目</translation>
    </message>
    <message>
        <source>%1 has a guide side of %2</source>
        <translation>%1 的引導圖邊長為 %2</translation>
    </message>
    <message>
        <source>%1 is a fixed-key pad with %2 entries</source>
        <translation>%1 是固定金鑰密碼本，卻有 %2 個項目</translation>
    </message>
    <message>
        <source>%1 has unexpected bytes after its entries</source>
        <translation>%1 的項目之後有多餘的位元組</translation>
    </message>
    <message>
        <source>guide pad entry %1 was used already and is erased; an entry is never used twice</source>
        <translation>引導密碼本項目 %1 已使用並已清除；項目絕不重複使用</translation>
    </message>
    <message>
        <source>%1 is used up: make a new pad and share it</source>
        <translation>%1 已用完：請建立新的密碼本並分享</translation>
    </message>
    <message>
        <source>%1 has no entry %2</source>
        <translation>%1 沒有項目 %2</translation>
    </message>
    <message>
        <source>this answer belongs to another query</source>
        <translation>此回答屬於另一個查詢</translation>
    </message>
    <message>
        <source>the query holds %1 ciphertexts per part, %2 model keys were given</source>
        <translation>查詢每部分有 %1 個密文，但提供了 %2 把模型金鑰</translation>
    </message>
    <message>
        <source>the model key %1 is for %2 images of %3, the query holds %4 images of %5</source>
        <translation>模型金鑰 %1 適用於 %3 的 %2 影像，查詢內為 %5 的 %4 影像</translation>
    </message>
    <message>
        <source>a query needs at least one model key per part</source>
        <translation>查詢每部分至少需要一把模型金鑰</translation>
    </message>
    <message>
        <source>every model key of a query must have the same scheme, parameters and image size, or the parts could be told apart</source>
        <translation>查詢的所有模型金鑰必須使用相同的方案、參數與影像尺寸，否則各部分可被區分</translation>
    </message>
    <message>
        <source>both parts need the same number of model keys, or the query&apos;s shape tells them apart</source>
        <translation>兩部分需要相同數量的模型金鑰，否則查詢的形式會洩露區別</translation>
    </message>
    <message>
        <source>query file</source>
        <translation>查詢檔</translation>
    </message>
    <message>
        <source>every ciphertext of a query must have the same layout</source>
        <translation>查詢的所有密文必須具有相同的配置</translation>
    </message>
    <message>
        <source>a query needs the same number of ciphertexts, at least one, in both parts</source>
        <translation>查詢兩部分需要相同數量（至少一個）的密文</translation>
    </message>
    <message>
        <source>%1 has a guide of side %2 (16 or 32 expected)</source>
        <translation>%1 的引導圖邊長為 %2（應為 16 或 32）</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1 claims %2 ensemble members (1 to %3)</source>
        <translation>%1 宣稱有 %2 個集成成員（應為 1 到 %3）</translation>
    </message>
    <message>
        <source>%1 has unexpected bytes after its ciphertexts</source>
        <translation>%1 的密文之後有多餘的位元組</translation>
    </message>
    <message>
        <source>%1 has no pixels (%2)</source>
        <translation>%1 沒有像素（%2）</translation>
    </message>
    <message>
        <source>%1 has %2 channels; only 1 (gray) or 3 (RGB) are supported</source>
        <translation>%1 有 %2 個通道；僅支援 1（灰階）或 3（RGB）</translation>
    </message>
    <message>
        <source>%1 is too large (%2)</source>
        <translation>%1 太大（%2）</translation>
    </message>
    <message>
        <source>image data does not match its shape %1</source>
        <translation>影像資料與其尺寸 %1 不符</translation>
    </message>
    <message>
        <source>cannot crop %1 to a larger size</source>
        <translation>無法將 %1 裁切為更大的尺寸</translation>
    </message>
    <message>
        <source>%1 is truncated: the image ends before its data does</source>
        <translation>%1 不完整：影像在資料結束前就中斷了</translation>
    </message>
    <message>
        <source>images with samples other than 8 or 16 bits are not supported</source>
        <translation>不支援 8 或 16 位元以外取樣的影像</translation>
    </message>
    <message>
        <source>images with %1 channels are not supported</source>
        <translation>不支援 %1 個通道的影像</translation>
    </message>
    <message>
        <source>%1 is empty</source>
        <translation>%1 是空的</translation>
    </message>
    <message>
        <source>%1 could not be decoded as an image: %2</source>
        <translation>無法將 %1 解碼為影像：%2</translation>
    </message>
    <message>
        <source>%1 is not an image this program can read</source>
        <translation>%1 不是本程式可讀取的影像</translation>
    </message>
    <message>
        <source>the image could not be encoded as %1: %2</source>
        <translation>無法將影像編碼為 %1：%2</translation>
    </message>
    <message>
        <source>the image could not be encoded as %1</source>
        <translation>無法將影像編碼為 %1</translation>
    </message>
    <message>
        <source>%1: unknown image format &apos;.%2&apos;</source>
        <translation>%1：未知的影像格式「.%2」</translation>
    </message>
    <message>
        <source>%1 is not an image this program reads (PNG, JPEG, BMP, TIFF, WebP or PNM)</source>
        <translation>%1 不是本程式可讀取的影像（PNG、JPEG、BMP、TIFF、WebP 或 PNM）</translation>
    </message>
    <message>
        <source>%1 claims %2 x %3 pixels, more than this program decodes (8192 x 8192)</source>
        <translation>%1 宣稱為 %2 x %3 像素，超過本程式可解碼的大小（8192 x 8192）</translation>
    </message>
    <message>
        <source>the %1 key has no &apos;%2&apos; table</source>
        <translation>%1 金鑰沒有「%2」表</translation>
    </message>
    <message>
        <source>key file</source>
        <translation>金鑰檔</translation>
    </message>
    <message>
        <source>%1: table &apos;%2&apos; has an invalid rank</source>
        <translation>%1：表「%2」的維數無效</translation>
    </message>
    <message>
        <source>%1: table &apos;%2&apos; has an implausible size</source>
        <translation>%1：表「%2」的大小不合理</translation>
    </message>
    <message>
        <source>%1: table &apos;%2&apos; has an unknown element type</source>
        <translation>%1：表「%2」的元素類型未知</translation>
    </message>
    <message>
        <source>%1 has an unknown key origin</source>
        <translation>%1 的金鑰來源未知</translation>
    </message>
    <message>
        <source>%1 claims %2 tables</source>
        <translation>%1 宣稱有 %2 個表</translation>
    </message>
    <message>
        <source>%1 has unexpected bytes after its tables</source>
        <translation>%1 的表之後有多餘的位元組</translation>
    </message>
    <message>
        <source>%1 is not an LED Studio model file (or it is damaged)</source>
        <translation>%1 不是 LED Studio 模型檔（或已損壞）</translation>
    </message>
    <message>
        <source>a sweep needs at least one block size and one noise level</source>
        <translation>掃描至少需要一個區塊大小與一個雜訊等級</translation>
    </message>
    <message>
        <source>no such calibration measure</source>
        <translation>沒有這種校準指標</translation>
    </message>
    <message>
        <source>noise %1</source>
        <translation>雜訊 %1</translation>
    </message>
    <message>
        <source>model file</source>
        <translation>模型檔</translation>
    </message>
    <message>
        <source>%1: its weights do not fit the %2 architecture it names</source>
        <translation>%1：其權重與所標示的 %2 架構不符</translation>
    </message>
    <message>
        <source>%1 was not trained on %2 ciphertexts</source>
        <translation>%1 並非以 %2 密文訓練</translation>
    </message>
    <message>
        <source>%1 takes images of %2, the query holds %3</source>
        <translation>%1 接受 %2 的影像，查詢內為 %3</translation>
    </message>
    <message>
        <source>%1 takes another input layout than the query&apos;s ciphertexts</source>
        <translation>%1 的輸入配置與查詢的密文不同</translation>
    </message>
    <message>
        <source>the cloud&apos;s models do not share one set of class names</source>
        <translation>雲端模型的類別名稱不一致</translation>
    </message>
    <message>
        <source>the query was garbled with pad entry %1, not %2</source>
        <translation>查詢是以密碼本項目 %1 打亂的，而非 %2</translation>
    </message>
    <message>
        <source>the cloud holds one model set (normal process) or two (deniable process)</source>
        <translation>雲端持有一組模型（一般流程）或兩組（可否認流程）</translation>
    </message>
    <message>
        <source>the query carries %1 ciphertexts per part, the cloud&apos;s model set has %2 models</source>
        <translation>查詢每部分有 %1 個密文，雲端的模型組有 %2 個模型</translation>
    </message>
    <message>
        <source>the pad entry does not open the query&apos;s guide to a triangle or a square: user and cloud pads disagree</source>
        <translation>密碼本項目無法將查詢的引導圖開啟為三角形或正方形：使用者與雲端的密碼本不一致</translation>
    </message>
    <message>
        <source>an ensemble needs at least one model</source>
        <translation>集成至少需要一個模型</translation>
    </message>
    <message>
        <source>every model of an ensemble must know the dataset&apos;s %1 classes</source>
        <translation>集成中的每個模型都必須認得資料集的 %1 個類別</translation>
    </message>
    <message>
        <source>absorbing a key needs a model trained on plain images</source>
        <translation>吸收金鑰需要以明文影像訓練的模型</translation>
    </message>
    <message>
        <source>only an le key with split nibbles can be absorbed</source>
        <translation>只有分割半位元組的 le 金鑰可被吸收</translation>
    </message>
    <message>
        <source>the key&apos;s image shape must be the model&apos;s, and whole blocks</source>
        <translation>金鑰的影像尺寸必須與模型相同，且為完整區塊</translation>
    </message>
    <message>
        <source>unknown architecture &apos;%1&apos; (known: baseline, block-cnn, paper-cnn, resnet20)</source>
        <translation>未知的架構「%1」（已知：baseline、block-cnn、paper-cnn、resnet20）</translation>
    </message>
    <message>
        <source>%1 is not a valid LED Studio model: %2</source>
        <translation>%1 不是有效的 LED Studio 模型：%2</translation>
    </message>
    <message>
        <source>a line without &apos;=&apos;</source>
        <translation>有一行沒有「=」</translation>
    </message>
    <message>
        <source>unknown format &apos;%1&apos;</source>
        <translation>未知的格式「%1」</translation>
    </message>
    <message>
        <source>the value of &apos;%1&apos; is not a number</source>
        <translation>「%1」的值不是數字</translation>
    </message>
    <message>
        <source>no format line</source>
        <translation>沒有 format 行</translation>
    </message>
    <message>
        <source>it must name between 2 and 1000 classes</source>
        <translation>類別數必須介於 2 到 1000 之間</translation>
    </message>
    <message>
        <source>implausible input size</source>
        <translation>輸入大小不合理</translation>
    </message>
    <message>
        <source>this model was trained on images encrypted with key %1; give that key</source>
        <translation>此模型是以金鑰 %1 加密的影像訓練的；請提供該金鑰</translation>
    </message>
    <message>
        <source>this model was trained on plain images; it takes no key</source>
        <translation>此模型是以明文影像訓練的；不需要金鑰</translation>
    </message>
    <message>
        <source>this model was trained with key %1, not with key %2</source>
        <translation>此模型是以金鑰 %1 訓練的，而非金鑰 %2</translation>
    </message>
    <message>
        <source>unknown architecture &apos;%1&apos;</source>
        <translation>未知的架構「%1」</translation>
    </message>
    <message>
        <source>batch size, steps and threads must be positive</source>
        <translation>批次大小、步數與執行緒數必須為正數</translation>
    </message>
    <message>
        <source>%1 is a checkpoint of %2, not of %3</source>
        <translation>%1 是 %2 的檢查點，而非 %3 的</translation>
    </message>
    <message>
        <source>%1 is a model file, not a checkpoint: it has no optimizer state</source>
        <translation>%1 是模型檔，不是檢查點：其中沒有最佳化器狀態</translation>
    </message>
    <message>
        <source>the weight decay cannot be negative</source>
        <translation>權重衰減不可為負</translation>
    </message>
    <message>
        <source>epochs, batch size and learning rate must be positive</source>
        <translation>訓練週期數、批次大小與學習率必須為正數</translation>
    </message>
    <message>
        <source>the pixel noise must be from 0 to 255</source>
        <translation>像素雜訊必須介於 0 到 255</translation>
    </message>
    <message>
        <source>the model takes %1 images; the dataset&apos;s are %2</source>
        <translation>模型接受 %1 的影像；資料集的是 %2</translation>
    </message>
    <message>
        <source>both models must take the test set&apos;s images (%1)</source>
        <translation>兩個模型都必須接受測試集的影像（%1）</translation>
    </message>
    <message>
        <source>images of %1 and %2 cannot be compared</source>
        <translation>無法比較 %1 與 %2 的影像</translation>
    </message>
    <message>
        <source>rmt&apos;s ciphertexts are real numbers: JPEG cannot hold them</source>
        <translation>rmt 的密文是實數：JPEG 無法保存</translation>
    </message>
    <message>
        <source>JPEG quality runs from 1 to 100</source>
        <translation>JPEG 品質範圍為 1 到 100</translation>
    </message>
    <message>
        <source>plain JPEG</source>
        <translation>明文 JPEG</translation>
    </message>
    <message>
        <source>a chart needs at least one point</source>
        <translation>圖表至少需要一個點</translation>
    </message>
    <message>
        <source>project file</source>
        <translation>專案檔</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a project entry name</source>
        <translation>「%1」不是專案項目名稱</translation>
    </message>
    <message>
        <source>the project entry %1 is longer than 4,096 bytes</source>
        <translation>專案項目 %1 超過 4,096 位元組</translation>
    </message>
    <message>
        <source>a project holds at most 1,024 entries</source>
        <translation>專案最多包含 1,024 個項目</translation>
    </message>
    <message>
        <source>%1 claims %2 entries (at most 1,024)</source>
        <translation>%1 宣稱有 %2 個項目（最多 1,024）</translation>
    </message>
    <message>
        <source>%1 has a malformed entry name</source>
        <translation>%1 含有格式錯誤的項目名稱</translation>
    </message>
    <message>
        <source>this %1 key is for images of %2, the image is %3</source>
        <translation>此 %1 金鑰適用於 %2 的影像，此影像是 %3</translation>
    </message>
    <message>
        <source>ciphertext file</source>
        <translation>密文檔</translation>
    </message>
    <message>
        <source>%1 has unexpected bytes after its samples</source>
        <translation>%1 的取樣之後有多餘的位元組</translation>
    </message>
    <message>
        <source>rmt ciphertexts are real numbers; save %1 as a .ledc file</source>
        <translation>rmt 密文是實數；請將 %1 儲存為 .ledc 檔</translation>
    </message>
    <message>
        <source>%1: a lossy format would destroy the ciphertext; use .png, .bmp or .ledc</source>
        <translation>%1：有損格式會破壞密文；請使用 .png、.bmp 或 .ledc</translation>
    </message>
    <message>
        <source>the key is for scheme %1, %2 was encrypted with %3</source>
        <translation>金鑰適用於方案 %1，但 %2 是以 %3 加密的</translation>
    </message>
    <message>
        <source>the &apos;%1&apos; table is %2, but %3 for %4 images needs %5</source>
        <translation>「%1」表為 %2，但 %4 影像的 %3 需要 %5</translation>
    </message>
    <message>
        <source>the &apos;%1&apos; table holds %2 where %3 belong</source>
        <translation>「%1」表在應為%3之處存放了%2</translation>
    </message>
    <message>
        <source>the &apos;%1&apos; table holds %2, but its entries must be below %3</source>
        <translation>「%1」表含有 %2，但其項目必須小於 %3</translation>
    </message>
    <message>
        <source>a %1 key has no &apos;%2&apos; table; is this key for another scheme?</source>
        <translation>%1 金鑰沒有「%2」表；這是其他方案的金鑰嗎？</translation>
    </message>
    <message>
        <source>the &apos;orthogonal&apos; table holds a value that is not a number</source>
        <translation>「orthogonal」表含有非數字的值</translation>
    </message>
    <message>
        <source>the &apos;orthogonal&apos; table holds a matrix that is not orthogonal (matrix %1)</source>
        <translation>「orthogonal」表含有非正交矩陣（矩陣 %1）</translation>
    </message>
    <message>
        <source>unknown scheme &apos;%1&apos; (known: %2)</source>
        <translation>未知的方案「%1」（已知：%2）</translation>
    </message>
    <message>
        <source>pe encrypts pixel by pixel; its block size is 1, not %1</source>
        <translation>pe 逐像素加密；其區塊大小為 1，而非 %1</translation>
    </message>
    <message>
        <source>block size must be between 1 and 64, not %1</source>
        <translation>區塊大小必須介於 1 到 64，而非 %1</translation>
    </message>
    <message>
        <source>rmt needs blocks of at least 2x2</source>
        <translation>rmt 需要至少 2x2 的區塊</translation>
    </message>
    <message>
        <source>noise level must be between 0 and 255</source>
        <translation>雜訊等級必須介於 0 到 255</translation>
    </message>
    <message>
        <source>only rmt adds noise; %1 takes no noise level</source>
        <translation>只有 rmt 會加入雜訊；%1 不接受雜訊等級</translation>
    </message>
    <message>
        <source>cannot make a %1 key with the %2 scheme</source>
        <translation>無法以 %2 方案產生 %1 金鑰</translation>
    </message>
    <message>
        <source>the cloud&apos;s model (%1)</source>
        <translation>雲端的模型（%1）</translation>
    </message>
    <message>
        <source>this %1 key decrypts ciphertexts of %2 %3 (from images of %4); this ciphertext is %5 %6</source>
        <translation>此 %1 金鑰解密的是 %2 的%3密文（來自 %4 的影像）；此密文是 %5 的%6</translation>
    </message>
    <message>
        <source>real values</source>
        <translation>實數值</translation>
    </message>
    <message>
        <source>bytes</source>
        <translation>位元組</translation>
    </message>
    <message>
        <source>integers</source>
        <translation>整數</translation>
    </message>
    <message>
        <source>real numbers</source>
        <translation>實數</translation>
    </message>
    <message>
        <source>the &apos;%1&apos; table is not a permutation in row %2</source>
        <translation>「%1」表第 %2 列不是置換</translation>
    </message>
    <message>
        <source>the &apos;%1&apos; table is not a permutation</source>
        <translation>「%1」表不是置換</translation>
    </message>
    <message>
        <source>infinite PSNR (exactly)</source>
        <translation>無限大 PSNR（完全一致）</translation>
    </message>
    <message>
        <source>%1 dB PSNR</source>
        <translation>PSNR %1 dB</translation>
    </message>
    <message>
        <source>chosen-plaintext key recovery</source>
        <translation>選擇明文金鑰還原</translation>
    </message>
    <message>
        <source>Does not apply: it exploits le&apos;s single block key, and %1 is not built from nibble slots.</source>
        <translation>不適用：此攻擊利用 le 的單一區塊金鑰，而 %1 並非由半位元組欄位構成。</translation>
    </message>
    <message>
        <source>jigsaw solver</source>
        <translation>拼圖求解器</translation>
    </message>
    <message>
        <source>Does not apply: rmt multiplies every block by its own orthogonal matrix, so no edge continues into its neighbour.</source>
        <translation>不適用：rmt 將每個區塊乘以各自的正交矩陣，因此沒有邊緣會延續到相鄰區塊。</translation>
    </message>
    <message>
        <source>Does not apply: %1 leaves every pixel where it was; there is no puzzle to solve.</source>
        <translation>不適用：%1 讓每個像素留在原位；沒有需要解的拼圖。</translation>
    </message>
    <message>
        <source>Does not apply: %1 leaves every block where it was; there is no puzzle to solve.</source>
        <translation>不適用：%1 讓每個區塊留在原位；沒有需要解的拼圖。</translation>
    </message>
    <message>
        <source>%1 pieces of %2x%2, turned, mirrored and negated as EtC does (colour order not attacked), solved in %3 s: direct %4, neighbour %5, largest component %6 (up to one global turn and sign).</source>
        <translation>%1 塊 %2x%2 的拼圖（如 EtC 般旋轉、鏡像與負片，未攻擊顏色順序），於 %3 秒內求解：直接 %4、相鄰 %5、最大連通區塊 %6（不計整體旋轉與正負號）。</translation>
    </message>
    <message>
        <source>known-plaintext regression</source>
        <translation>已知明文迴歸</translation>
    </message>
    <message>
        <source>Does not apply: it fits rmt&apos;s orthogonal block matrices.</source>
        <translation>不適用：此攻擊擬合的是 rmt 的正交區塊矩陣。</translation>
    </message>
    <message>
        <source>From one known image and its ciphertext, the attacker decrypts this image at %1 (%2 flat block-channels of the known image inverted only in part).</source>
        <translation>攻擊者以一張已知影像及其密文，將此影像解密為 %1（已知影像中有 %2 個平坦的區塊通道只能部分反推）。</translation>
    </message>
    <message>
        <source>From one known image and its ciphertext, the attacker decrypts this image at %1.</source>
        <translation>攻擊者以一張已知影像及其密文，將此影像解密為 %1。</translation>
    </message>
    <message>
        <source>what the ciphertext keeps</source>
        <translation>密文保留了什麼</translation>
    </message>
    <message>
        <source>JPEG rate-distortion</source>
        <translation>JPEG 位元率－失真</translation>
    </message>
    <message>
        <source>done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>a kept sentence is damaged</source>
        <translation>保存的句子已損毀</translation>
    </message>
    <message>
        <source>cannot append to the log %1: %2</source>
        <translation>無法附加到記錄檔 %1：%2</translation>
    </message>
    <message>
        <source>cannot write the log %1: %2</source>
        <translation>無法寫入記錄檔 %1：%2</translation>
    </message>
    <message>
        <source>this answer key does not open this answer: the answer was altered, or it belongs to another query</source>
        <translation>此回答金鑰無法開啟此回答：回答已被竄改，或屬於另一個查詢</translation>
    </message>
    <message>
        <source>the answer&apos;s slot holds no label of its classes</source>
        <translation>回答的欄位中沒有其類別的標籤</translation>
    </message>
    <message>
        <source>OpenCV&apos;s image codecs cannot be loaded: %1</source>
        <translation>無法載入 OpenCV 的影像編解碼器：%1</translation>
    </message>
    <message>
        <source>the adaptation layer&apos;s weights do not fit the model</source>
        <translation>適應層的權重與模型不符</translation>
    </message>
    <message>
        <source>the model takes inputs of %1; the data holds %2</source>
        <translation>模型的輸入為 %1，資料則為 %2</translation>
    </message>
    <message>
        <source>training needs at least one training and one test image</source>
        <translation>訓練至少需要一張訓練影像與一張測試影像</translation>
    </message>
    <message>
        <source>the two photos need different names: they are the demo models&apos; classes</source>
        <translation>兩張相片需要不同的名稱：它們是示範模型的類別</translation>
    </message>
    <message>
        <source>the demo cloud has one or two model sets of one model or more</source>
        <translation>示範雲端有一或兩組模型，每組一個或多個模型</translation>
    </message>
    <message>
        <source>setting up the cloud was cancelled</source>
        <translation>已取消設定雲端</translation>
    </message>
    <message>
        <source>an ensemble has from 1 to 100 models</source>
        <translation>集成包含 1 到 100 個模型</translation>
    </message>
    <message>
        <source>%1 is not a sentence as LED Studio keeps one</source>
        <translation>%1 不是 LED Studio 所保存格式的句子</translation>
    </message>
    <message>
        <source>%1 holds more than %2 points</source>
        <translation>%1 含有超過 %2 個點</translation>
    </message>
    <message>
        <source>%1 should hold points quality:bits per pixel:PSNR</source>
        <translation>%1 應包含「品質:每像素位元數:PSNR」形式的點</translation>
    </message>
    <message>
        <source>%1 is %2, not the audited picture&apos;s %3</source>
        <translation>%1 為 %2，而非所稽核圖片的 %3</translation>
    </message>
    <message>
        <source>%1 exists and is not a scheme audit folder: save the project under another name</source>
        <translation>%1 已存在且不是加密方式稽核資料夾：請以其他名稱儲存專案</translation>
    </message>
    <message>
        <source>%1 is no scheme audit folder (it has no %2).</source>
        <translation>%1 不是加密方式稽核資料夾（其中沒有 %2）。</translation>
    </message>
    <message>
        <source>%1 should be a whole number from %2 to %3</source>
        <translation>%1 應為 %2 到 %3 之間的整數</translation>
    </message>
    <message>
        <source>%1 should be a number from %2 to %3</source>
        <translation>%1 應為 %2 到 %3 之間的數值</translation>
    </message>
    <message>
        <source>%1 should be 0 or 1</source>
        <translation>%1 應為 0 或 1</translation>
    </message>
    <message>
        <source>Cannot create a folder in %1.</source>
        <translation>無法在 %1 建立資料夾。</translation>
    </message>
    <message>
        <source>Cannot replace the folder %1.</source>
        <translation>無法取代資料夾 %1。</translation>
    </message>
    <message>
        <source>Cannot put the folder in place at %1.</source>
        <translation>無法將資料夾放到 %1。</translation>
    </message>
    <message>
        <source>%1 should hold probabilities</source>
        <translation>%1 應包含機率值</translation>
    </message>
    <message>
        <source>%1 should hold %2 numbers</source>
        <translation>%1 應包含 %2 個數字</translation>
    </message>
    <message>
        <source>%1 was not trained for %2</source>
        <translation>%1 並非為 %2 訓練的模型</translation>
    </message>
    <message>
        <source>pad.%1 names no guide pad of a session</source>
        <translation>pad.%1 並未指向工作階段的引導密碼本</translation>
    </message>
    <message>
        <source>guideKeys should be pad or fixed</source>
        <translation>guideKeys 應為 pad 或 fixed</translation>
    </message>
    <message>
        <source>%1 answers another query than query.ledq</source>
        <translation>%1 回答的是 query.ledq 以外的查詢</translation>
    </message>
    <message>
        <source>a query without the cloud&apos;s models</source>
        <translation>有查詢卻沒有雲端的模型</translation>
    </message>
    <message>
        <source>%1 was not made with the session&apos;s model keys</source>
        <translation>%1 並非以工作階段的模型金鑰製作</translation>
    </message>
    <message>
        <source>%1 and answer.ledak are not query.ledq&apos;s keys</source>
        <translation>%1 與 answer.ledak 不是 query.ledq 的金鑰</translation>
    </message>
    <message>
        <source>%1 does not open query.ledq&apos;s guide to the part the coin names</source>
        <translation>%1 無法將 query.ledq 的引導圖開啟為硬幣所指的部分</translation>
    </message>
    <message>
        <source>%1 exists and is not a cloud session folder: save the project under another name</source>
        <translation>%1 已存在且不是雲端工作階段資料夾：請以其他名稱儲存專案</translation>
    </message>
    <message>
        <source>%1 is no cloud session folder (it has no %2).</source>
        <translation>%1 不是雲端工作階段資料夾（其中沒有 %2）。</translation>
    </message>
    <message>
        <source>process should be deniable or normal</source>
        <translation>process 應為 deniable 或 normal</translation>
    </message>
    <message>
        <source>%1 holds an unfinished export of other settings (%2); remove it or choose another folder</source>
        <translation>%1 含有以其他設定未完成的匯出（%2）；請刪除它或選擇其他資料夾</translation>
    </message>
    <message>
        <source>an export has from 1 to 1000 copies of the training set</source>
        <translation>匯出的訓練集副本數為 1 到 1000</translation>
    </message>
    <message>
        <source>a shard holds at least one image</source>
        <translation>每個分片至少包含一張影像</translation>
    </message>
    <message>
        <source>%1 already holds an encrypted dataset; choose another folder</source>
        <translation>%1 已含有加密資料集；請選擇其他資料夾</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>無法建立資料夾 %1</translation>
    </message>
    <message>
        <source>rank 0 cannot listen on %1 for the ranks&apos; rendezvous: the port is in use; choose another MASTER_PORT</source>
        <translation>rank 0 無法在 %1 監聽以供各 rank 會合：連接埠已被使用；請選擇其他 MASTER_PORT</translation>
    </message>
    <message>
        <source>not all %1 ranks (WORLD_SIZE) joined at %2 within %3 s: check WORLD_SIZE and that every rank was started</source>
        <translation>%3 秒內並非所有 %1 個 rank（WORLD_SIZE）都在 %2 會合：請檢查 WORLD_SIZE 以及每個 rank 是否都已啟動</translation>
    </message>
    <message>
        <source>rank %1 found no rendezvous store answering at %2 within %3 s: check MASTER_ADDR and MASTER_PORT, and that rank 0 runs</source>
        <translation>rank %1 在 %3 秒內未在 %2 找到回應的會合儲存：請檢查 MASTER_ADDR 與 MASTER_PORT，以及 rank 0 是否在執行</translation>
    </message>
    <message>
        <source>this LibTorch has no NCCL for data-parallel training on CUDA; train with --cpu, or build with a LibTorch that has it</source>
        <translation>此 LibTorch 沒有在 CUDA 上進行資料平行訓練所需的 NCCL；請以 --cpu 訓練，或以具備 NCCL 的 LibTorch 建置</translation>
    </message>
    <message>
        <source>the rendezvous store stopped answering: %1</source>
        <translation>會合儲存已停止回應：%1</translation>
    </message>
    <message>
        <source>rank 0 stopped answering (it holds the ranks&apos; rendezvous store); training ends here</source>
        <translation>rank 0 已停止回應（它持有各 rank 的會合儲存）；訓練在此結束</translation>
    </message>
    <message>
        <source>a collective operation of the ranks failed: %1</source>
        <translation>各 rank 的集體運算失敗：%1</translation>
    </message>
    <message>
        <source>rank %1 stopped answering (no sign of life for %2 s); training ends here</source>
        <translation>rank %1 已停止回應（%2 秒沒有回應）；訓練在此結束</translation>
    </message>
    <message>
        <source>this run cuts the training set into %1 partitions: it takes at most %1 ranks, not %2</source>
        <translation>此次訓練將訓練集分成 %1 個分區：最多使用 %1 個 rank，而非 %2 個</translation>
    </message>
    <message>
        <source>the batch (%1) must hold at least one image of each of the %2 partitions</source>
        <translation>批次（%1）必須至少包含 %2 個分區中每個分區的一張影像</translation>
    </message>
    <message>
        <source>after epoch %1 rank %2 holds other weights than rank 0</source>
        <translation>第 %1 個週期後，rank %2 的權重與 rank 0 不同</translation>
    </message>
    <message>
        <source>%1 should be a whole number from %2 to %3, not &apos;%4&apos;</source>
        <translation>%1 應為 %2 到 %3 之間的整數，而非「%4」</translation>
    </message>
    <message>
        <source>MASTER_ADDR is not set: the ranks do not know where to meet</source>
        <translation>未設定 MASTER_ADDR：各 rank 不知道在哪裡會合</translation>
    </message>
    <message>
        <source>a run has from 1 to 4096 partitions</source>
        <translation>一次訓練的分區數為 1 到 4096</translation>
    </message>
    <message>
        <source>%1 is not the manifest of an encrypted dataset: %2</source>
        <translation>%1 不是加密資料集的清單：%2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is missing</source>
        <translation>缺少「%1」</translation>
    </message>
    <message>
        <source>&apos;%1&apos; should be a whole number from %2 to %3</source>
        <translation>「%1」應為 %2 到 %3 之間的整數</translation>
    </message>
    <message>
        <source>&apos;%1&apos; should be true or false</source>
        <translation>「%1」應為 true 或 false</translation>
    </message>
    <message>
        <source>&apos;%1&apos; should be a text</source>
        <translation>「%1」應為文字</translation>
    </message>
    <message>
        <source>&apos;%1&apos; should hold %2 numbers</source>
        <translation>「%1」應包含 %2 個數字</translation>
    </message>
    <message>
        <source>&apos;%1&apos; should hold sizes</source>
        <translation>「%1」應包含尺寸</translation>
    </message>
    <message>
        <source>&apos;noise&apos; should be a number</source>
        <translation>「noise」應為數字</translation>
    </message>
    <message>
        <source>its shards do not fit its counts</source>
        <translation>其分片與計數不符</translation>
    </message>
    <message>
        <source>the shard %1 is not where its counts put it</source>
        <translation>分片 %1 不在其計數所指的位置</translation>
    </message>
    <message>
        <source>shards are missing</source>
        <translation>缺少分片</translation>
    </message>
    <message>
        <source>it names another format</source>
        <translation>它標示的是其他格式</translation>
    </message>
    <message>
        <source>it is of another version</source>
        <translation>它是其他版本</translation>
    </message>
    <message>
        <source>&apos;key_fingerprint&apos; should be 16 hex digits</source>
        <translation>「key_fingerprint」應為 16 位十六進位數字</translation>
    </message>
    <message>
        <source>images have 1 or 3 channels</source>
        <translation>影像有 1 或 3 個通道</translation>
    </message>
    <message>
        <source>&apos;layout&apos; is not its scheme&apos;s</source>
        <translation>「layout」與其方案不符</translation>
    </message>
    <message>
        <source>&apos;stored&apos; is not its scheme&apos;s</source>
        <translation>「stored」與其方案不符</translation>
    </message>
    <message>
        <source>a class name is not a text</source>
        <translation>有類別名稱不是文字</translation>
    </message>
    <message>
        <source>the test set is there once</source>
        <translation>測試集只有一份</translation>
    </message>
    <message>
        <source>it is not well-formed JSON</source>
        <translation>它不是格式正確的 JSON</translation>
    </message>
    <message>
        <source>%1 is an unfinished export: %2 of %3 shards are written; run the same led dataset encrypt again to finish it</source>
        <translation>%1 是未完成的匯出：已寫入 %3 個分片中的 %2 個；再次執行相同的 led dataset encrypt 即可完成</translation>
    </message>
    <message>
        <source>%1 is not an encrypted dataset: it has no %2</source>
        <translation>%1 不是加密資料集：它沒有 %2</translation>
    </message>
    <message>
        <source>%1 says it is unfinished</source>
        <translation>%1 標示為未完成</translation>
    </message>
    <message>
        <source>%1 is not a NumPy array of this encrypted dataset: %2</source>
        <translation>%1 不是此加密資料集的 NumPy 陣列：%2</translation>
    </message>
    <message>
        <source>no .npy header</source>
        <translation>沒有 .npy 標頭</translation>
    </message>
    <message>
        <source>a .npy version other than 1.0</source>
        <translation>非 1.0 版的 .npy</translation>
    </message>
    <message>
        <source>a truncated header</source>
        <translation>標頭被截斷</translation>
    </message>
    <message>
        <source>a header this program does not write</source>
        <translation>此程式不會寫出的標頭</translation>
    </message>
    <message>
        <source>too many dimensions</source>
        <translation>維度過多</translation>
    </message>
    <message>
        <source>it holds fewer values than its shape says</source>
        <translation>所含的值少於其形狀所示</translation>
    </message>
    <message>
        <source>it holds another number of values than its shape says</source>
        <translation>所含的值數量與其形狀所示不同</translation>
    </message>
    <message>
        <source>%1 does not hold the ciphertexts the manifest describes</source>
        <translation>%1 不包含清單所描述的密文</translation>
    </message>
    <message>
        <source>%1 does not hold the labels the manifest describes</source>
        <translation>%1 不包含清單所描述的標籤</translation>
    </message>
    <message>
        <source>%1 holds a label of no class</source>
        <translation>%1 含有不屬於任何類別的標籤</translation>
    </message>
    <message>
        <source>a load needs clients and queries</source>
        <translation>負載需要用戶端與查詢</translation>
    </message>
    <message>
        <source>the query was composed with another guide pad than this one</source>
        <translation>此查詢是以另一份導引密鑰本組成的</translation>
    </message>
    <message>
        <source>cannot use %1: %2</source>
        <translation>無法使用 %1：%2</translation>
    </message>
    <message>
        <source>%1 is too large</source>
        <translation>%1 太大</translation>
    </message>
    <message>
        <source>%1: entry %2 is damaged</source>
        <translation>%1：第 %2 項已損壞</translation>
    </message>
    <message>
        <source>guide pad %1</source>
        <translation>導引密鑰本 %1</translation>
    </message>
    <message>
        <source>%1: entry %2 is damaged (the file was altered)</source>
        <translation>%1：第 %2 項已損壞（檔案遭到修改）</translation>
    </message>
    <message>
        <source>%1 is not a line of a cloud&apos;s log</source>
        <translation>%1 不是雲端日誌的一行</translation>
    </message>
    <message>
        <source>a kit needs the model keys of every part, as many for each</source>
        <translation>套件需要每一部分的模型金鑰，且數量相同</translation>
    </message>
    <message>
        <source>%1 exists and is not a classroom kit: choose another folder</source>
        <translation>%1 已存在且不是教室套件：請選擇其他資料夾</translation>
    </message>
    <message>
        <source>%1 is no classroom kit (it has no %2)</source>
        <translation>%1 不是教室套件（沒有 %2）</translation>
    </message>
    <message>
        <source>a process that is neither deniable nor normal</source>
        <translation>既非可否認也非一般的流程</translation>
    </message>
    <message>
        <source>no cloud answers at %1: is led-cloud serve running there?</source>
        <translation>%1 沒有雲端回應：那裡有在執行 led-cloud serve 嗎？</translation>
    </message>
    <message>
        <source>the cloud at %1 did not answer in time</source>
        <translation>%1 的雲端未及時回應</translation>
    </message>
    <message>
        <source>the cloud at %1 is not the one its certificate names, or its certificate is not trusted</source>
        <translation>%1 的雲端與其憑證所載名稱不符，或其憑證不受信任</translation>
    </message>
    <message>
        <source>the cloud at %1 could not be reached: %2</source>
        <translation>無法連上 %1 的雲端：%2</translation>
    </message>
    <message>
        <source>%1 is not a cloud&apos;s address: give http://HOST:PORT or https://HOST:PORT</source>
        <translation>%1 不是雲端位址：請提供 http://HOST:PORT 或 https://HOST:PORT</translation>
    </message>
    <message>
        <source>this build was made without OpenSSL: it speaks HTTP only</source>
        <translation>此版本未含 OpenSSL：只支援 HTTP</translation>
    </message>
    <message>
        <source>the cloud at %1 stayed busy for %2 tries: %3</source>
        <translation>%1 的雲端在 %2 次嘗試中持續忙碌：%3</translation>
    </message>
    <message>
        <source>the cloud refused the query (%1): %2</source>
        <translation>雲端拒絕了查詢（%1）：%2</translation>
    </message>
    <message>
        <source>the cloud refused (%1): %2</source>
        <translation>雲端拒絕了（%1）：%2</translation>
    </message>
    <message>
        <source>%1 is not a folder of guide pads</source>
        <translation>%1 不是導引密鑰本的資料夾</translation>
    </message>
    <message>
        <source>HTTPS needs both a certificate and its private key</source>
        <translation>HTTPS 需要憑證及其私密金鑰</translation>
    </message>
    <message>
        <source>cannot serve HTTPS with %1 and %2: not a certificate and its private key in PEM</source>
        <translation>無法以 %1 與 %2 提供 HTTPS：不是 PEM 格式的憑證與私密金鑰</translation>
    </message>
    <message>
        <source>this led-cloud was built without OpenSSL: it serves HTTP only</source>
        <translation>此 led-cloud 未含 OpenSSL：只提供 HTTP</translation>
    </message>
    <message>
        <source>cannot listen on %1 port %2: %3</source>
        <translation>無法在 %1 的連接埠 %2 監聽：%3</translation>
    </message>
    <message>
        <source>the cloud answered another query</source>
        <translation>雲端回覆的是另一個查詢</translation>
    </message>
    <message>
        <source>Verdict: reads the picture, since %1.</source>
        <translation>判定：能讀出圖片，因為%1。</translation>
    </message>
    <message>
        <source>Verdict: fails, since %1.</source>
        <translation>判定：失敗，因為%1。</translation>
    </message>
    <message>
        <source>the reconstruction&apos;s SSIM %1 is at least %2</source>
        <translation>重建影像的 SSIM %1 不低於 %2</translation>
    </message>
    <message>
        <source>the reconstruction&apos;s SSIM %1 is below %2</source>
        <translation>重建影像的 SSIM %1 低於 %2</translation>
    </message>
    <message>
        <source>there is no reconstruction</source>
        <translation>沒有重建影像</translation>
    </message>
    <message>
        <source>Recovered the key exactly (chosen images used: %1); the attacker decrypts at %2.</source>
        <translation>已精確還原金鑰（使用的選擇影像：%1）；攻擊者以 %2 解密。</translation>
    </message>
    <message>
        <source>Recovered a key (chosen images used: %1); the attacker decrypts at %2.</source>
        <translation>已還原一把金鑰（使用的選擇影像：%1）；攻擊者以 %2 解密。</translation>
    </message>
    <message>
        <source>Does not apply: ele moves its blocks, but scrambles the pixels inside each with a key of its own position, so no piece&apos;s edge continues into its neighbour&apos;s; the solver has nothing to match.</source>
        <translation>不適用：ele 會移動區塊，但以各位置自己的金鑰打亂每個區塊內的像素，因此沒有任何拼塊的邊緣能與鄰居接續；求解器沒有可比對的東西。</translation>
    </message>
    <message>
        <source>a share of %1 of adjacent pieces are joined as in the picture, at least %2</source>
        <translation>相鄰拼塊中有 %1 的比例如原圖般相接，不低於 %2</translation>
    </message>
    <message>
        <source>a share of %1 of adjacent pieces are joined as in the picture, below %2</source>
        <translation>相鄰拼塊中有 %1 的比例如原圖般相接，低於 %2</translation>
    </message>
    <message>
        <source>No key recovered (chosen images used: %1): %2.</source>
        <translation>未能還原金鑰（使用的選擇影像：%1）：%2。</translation>
    </message>
    <message>
        <source>%1 was trained with %2 partitions, not %3: resume with --partitions %2, or leave it out</source>
        <translation>%1 是以 %2 個分區訓練的，而非 %3：請以 --partitions %2 繼續，或省略此選項</translation>
    </message>
    <message>
        <source>cannot start the server: %1</source>
        <translation>無法啟動伺服器：%1</translation>
    </message>
    <message>
        <source>cannot start a TLS session</source>
        <translation>無法開始 TLS 工作階段</translation>
    </message>
    <message>
        <source>%1 is damaged or in another shard&apos;s place: its SHA-256 is not the one the dataset&apos;s manifest names</source>
        <translation>%1 已損壞或位於另一個分片的位置：其 SHA-256 與資料集清單所列的不符</translation>
    </message>
    <message>
        <source>A restoring network cannot map %1 to %2 with blocks of %3.</source>
        <translation>復原網路無法以 %3 的區塊將 %1 對應到 %2。</translation>
    </message>
    <message>
        <source>A restoring network needs whole inputs and images, at least one of each.</source>
        <translation>復原網路需要完整的輸入與影像，各至少一個。</translation>
    </message>
    <message>
        <source>training the attack&apos;s network was cancelled</source>
        <translation>攻擊網路的訓練已取消</translation>
    </message>
    <message>
        <source>An inverse network needs as many images as inputs.</source>
        <translation>逆轉換網路需要與輸入同樣多的影像。</translation>
    </message>
    <message>
        <source>A restoring network needs whole inputs, at least one.</source>
        <translation>復原網路需要至少一個完整的輸入。</translation>
    </message>
    <message>
        <source>The feature-reconstruction attack takes an image of one or three channels.</source>
        <translation>特徵重建攻擊接受單通道或三通道的影像。</translation>
    </message>
    <message>
        <source>feature reconstruction (FR)</source>
        <translation>特徵重建（FR）</translation>
    </message>
    <message>
        <source>From the ciphertext alone, without key or training: the basic reconstruction (each sample or its negative, whichever is at most 127) at SSIM %1; the advanced one (per pixel, the colour order and flips closest to its decoded neighbours) at %2, up to one colour order and flip pattern for the whole picture.</source>
        <translation>僅憑密文，不需金鑰也不需訓練：基本重建（每個樣本或其反轉中不超過 127 者）的 SSIM 為 %1；進階重建（逐像素選擇最接近已解碼鄰點的色序與反轉）為 %2（除了整張影像共用的一種色序與反轉模式）。</translation>
    </message>
    <message>
        <source>feature reconstruction</source>
        <translation>特徵重建</translation>
    </message>
    <message>
        <source>%1 on %2: %3</source>
        <translation>%1 攻擊 %2：%3</translation>
    </message>
    <message>
        <source>The attack table has no restorations to draw.</source>
        <translation>攻擊表沒有可繪製的復原影像。</translation>
    </message>
    <message>
        <source>Trained on %1 images of the %2, each encrypted under a fresh key, in %3 s (%4).</source>
        <translation>以 %2 的 %1 張影像（各以新的金鑰加密）訓練 %3 秒（%4）。</translation>
    </message>
    <message>
        <source>Trained on the victim&apos;s ciphertexts against %1 plain images of the %2, unpaired, in %3 s (%4).</source>
        <translation>以受害者的密文對照 %2 中 %1 張未配對的明文影像訓練 %3 秒（%4）。</translation>
    </message>
    <message>
        <source>It restores %1 other images, encrypted under one unknown key, at SSIM %2 ± %3 and PSNR %4 ± %5 dB.</source>
        <translation>它以 SSIM %2 ± %3、PSNR %4 ± %5 dB 復原另外 %1 張以同一未知金鑰加密的影像。</translation>
    </message>
    <message>
        <source>Verdict: reads the picture, since the restorations&apos; mean SSIM %1 is at least %2.</source>
        <translation>判定：讀得出影像，因為復原影像的平均 SSIM %1 不低於 %2。</translation>
    </message>
    <message>
        <source>Verdict: fails, since the restorations&apos; mean SSIM %1 is below %2.</source>
        <translation>判定：失敗，因為復原影像的平均 SSIM %1 低於 %2。</translation>
    </message>
    <message>
        <source>%1 %2 %3</source>
        <translation>%1%2%3</translation>
    </message>
    <message>
        <source>training the attack&apos;s network: epoch %1 of %2</source>
        <translation>訓練攻擊網路：第 %1 / %2 個 epoch</translation>
    </message>
    <message>
        <source>the attack was cancelled</source>
        <translation>攻擊已取消</translation>
    </message>
    <message>
        <source>The victim&apos;s set holds %1 images; the attack was asked for %2.</source>
        <translation>受害者的資料集只有 %1 張影像，攻擊卻要求 %2 張。</translation>
    </message>
    <message>
        <source>The attacker&apos;s public set holds %1 images; the attack was asked for %2.</source>
        <translation>攻擊者的公開資料集只有 %1 張影像，攻擊卻要求 %2 張。</translation>
    </message>
    <message>
        <source>The attacker&apos;s public images and the victim&apos;s must have one shape.</source>
        <translation>攻擊者的公開影像與受害者的影像必須形狀相同。</translation>
    </message>
    <message>
        <source>the ciphertext itself</source>
        <translation>密文本身</translation>
    </message>
    <message>
        <source>inverse transformation network (ITN)</source>
        <translation>逆轉換網路（ITN）</translation>
    </message>
    <message>
        <source>GAN restoration</source>
        <translation>GAN 復原</translation>
    </message>
    <message>
        <source>There is no attack called &quot;%1&quot;; the attacks are fr, itn and gan.</source>
        <translation>沒有名為「%1」的攻擊；攻擊有 fr、itn 與 gan。</translation>
    </message>
    <message>
        <source>encrypting the victim&apos;s images under one key</source>
        <translation>正以同一金鑰加密受害者的影像</translation>
    </message>
    <message>
        <source>its familiarity measure does not fit its classes</source>
        <translation>其熟悉度量測與其類別不符</translation>
    </message>
    <message>
        <source>familiarity is measured on training and held-out images; one of them is empty</source>
        <translation>熟悉度以訓練影像與保留影像量測；其中之一是空的</translation>
    </message>
    <message>
        <source>the cloud holds a pad for %1 already: its kit was handed out, and a new kit never replaces it</source>
        <translation>雲端已持有 %1 的鍵盤：該套件已發出，新套件絕不取代它</translation>
    </message>
    <message>
        <source>an answer is handed over with its answer key, or neither is</source>
        <translation>答覆須連同答覆金鑰一起交出，或兩者皆不交出</translation>
    </message>
    <message>
        <source>%1 exists and is not a folder of handed-over keys: choose another folder</source>
        <translation>%1 已存在，且不是交出金鑰的資料夾：請選擇其他資料夾</translation>
    </message>
    <message>
        <source>%1 holds no handed-over keys (it has no %2)</source>
        <translation>%1 沒有交出的金鑰（缺少 %2）</translation>
    </message>
    <message>
        <source>%1 is a guide key for another query</source>
        <translation>%1 是另一個查詢的引導金鑰</translation>
    </message>
    <message>
        <source>an answer that is neither there nor absent</source>
        <translation>既非存在也非缺少的答覆</translation>
    </message>
    <message>
        <source>%1 answers another query</source>
        <translation>%1 答覆的是另一個查詢</translation>
    </message>
    <message>
        <source>the statistical attack needs ciphertexts and public images</source>
        <translation>統計攻擊需要密文與公開影像</translation>
    </message>
    <message>
        <source>the ciphertexts and the public images must all have one shape</source>
        <translation>密文與公開影像必須全部是同一形狀</translation>
    </message>
</context>
<context>
    <name>led::ui::AboutDialog</name>
    <message>
        <source>&lt;h2&gt;LED Studio %1&lt;/h2&gt;&lt;p&gt;Learnable image encryption with deniability, made real, visible and testable: block-scrambling encryptions a cloud can learn from, the deniable query of the LED paper, training on encrypted images, coercion with fake keys, and the attacks that measure privacy.&lt;/p&gt;&lt;p&gt;Every capability is also in the &lt;tt&gt;led&lt;/tt&gt; command-line tool.&lt;/p&gt;&lt;p&gt;Copyright © 2026 The LED Studio developers. Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;LED Studio %1&lt;/h2&gt;&lt;p&gt;讓具可否認性的可學習影像加密變得真實、可見且可驗證：雲端仍能學習的區塊打亂加密、LED 論文的可否認查詢、在加密影像上訓練、以假金鑰應付脅迫，以及衡量隱私的攻擊。&lt;/p&gt;&lt;p&gt;所有功能也都能透過 &lt;tt&gt;led&lt;/tt&gt; 命令列工具使用。&lt;/p&gt;&lt;p&gt;Copyright © 2026 The LED Studio developers。依 GNU 通用公共授權條款第 3 版或更新版本授權。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>元件</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>授權</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>用途</translation>
    </message>
    <message>
        <source>this program</source>
        <translation>本程式</translation>
    </message>
    <message>
        <source>windows, widgets, threads, translations (dynamically linked)</source>
        <translation>視窗、元件、執行緒、翻譯（動態連結）</translation>
    </message>
    <message>
        <source>models and training</source>
        <translation>模型與訓練</translation>
    </message>
    <message>
        <source>image files and resizing</source>
        <translation>影像檔案與縮放</translation>
    </message>
    <message>
        <source>plots; because it is GPL-3.0, so is LED Studio as a whole</source>
        <translation>繪圖；因其為 GPL-3.0，LED Studio 整體亦為 GPL-3.0</translation>
    </message>
    <message>
        <source>reading Fashion-MNIST&apos;s gzip files</source>
        <translation>讀取 Fashion-MNIST 的 gzip 檔案</translation>
    </message>
    <message>
        <source>&lt;p&gt;The full texts are in &lt;tt&gt;/usr/share/common-licenses&lt;/tt&gt; on Debian and in each library&apos;s &lt;tt&gt;/usr/share/doc/&amp;lt;package&amp;gt;/copyright&lt;/tt&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;完整條文位於 Debian 的 &lt;tt&gt;/usr/share/common-licenses&lt;/tt&gt;，以及各函式庫的 &lt;tt&gt;/usr/share/doc/&amp;lt;package&amp;gt;/copyright&lt;/tt&gt;。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;dog.jpg&lt;/b&gt;: a dog on a porch beside a bicycle, from the Darknet project by Joseph Redmon, as shipped by Debian&apos;s &lt;tt&gt;darknet&lt;/tt&gt; package. MIT licence.&lt;/p&gt;&lt;p&gt;&lt;b&gt;cat.png&lt;/b&gt;: “Chelsea the cat” by Stefan van der Walt, from scikit-image, as shipped by Debian&apos;s &lt;tt&gt;python3-skimage&lt;/tt&gt; package. CC0: no rights reserved.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;dog.jpg&lt;/b&gt;：門廊上腳踏車旁的一隻狗，出自 Joseph Redmon 的 Darknet 專案，由 Debian 的 &lt;tt&gt;darknet&lt;/tt&gt; 套件提供。MIT 授權。&lt;/p&gt;&lt;p&gt;&lt;b&gt;cat.png&lt;/b&gt;：Stefan van der Walt 拍攝的「貓咪 Chelsea」，出自 scikit-image，由 Debian 的 &lt;tt&gt;python3-skimage&lt;/tt&gt; 套件提供。CC0：不保留任何權利。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About LED Studio</source>
        <translation>關於 LED Studio</translation>
    </message>
    <message>
        <source>About</source>
        <translation>關於</translation>
    </message>
    <message>
        <source>Licences</source>
        <translation>授權</translation>
    </message>
    <message>
        <source>Sample photographs</source>
        <translation>範例照片</translation>
    </message>
</context>
<context>
    <name>led::ui::AuditPanel</name>
    <message>
        <source>Run the audit</source>
        <translation>執行稽核</translation>
    </message>
    <message>
        <source>measure</source>
        <translation>指標</translation>
    </message>
    <message>
        <source>value</source>
        <translation>數值</translation>
    </message>
    <message>
        <source>attack</source>
        <translation>攻擊</translation>
    </message>
    <message>
        <source>outcome</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>details</source>
        <translation>詳細資訊</translation>
    </message>
    <message>
        <source>plain image</source>
        <translation>明文影像</translation>
    </message>
    <message>
        <source>ciphertext</source>
        <translation>密文</translation>
    </message>
    <message>
        <source>decrypted with a wrong key</source>
        <translation>以錯誤金鑰解密</translation>
    </message>
    <message>
        <source>JPEG rate-distortion</source>
        <translation>JPEG 位元率—失真</translation>
    </message>
    <message>
        <source>bits per pixel</source>
        <translation>每像素位元數</translation>
    </message>
    <message>
        <source>PSNR (dB)</source>
        <translation>PSNR (dB)</translation>
    </message>
    <message>
        <source>dog (sample)</source>
        <translation>狗（範例）</translation>
    </message>
    <message>
        <source>cat (sample)</source>
        <translation>貓（範例）</translation>
    </message>
    <message>
        <source>Your photo…</source>
        <translation>你的照片…</translation>
    </message>
    <message>
        <source>Open photo</source>
        <translation>開啟照片</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.bmp *.tif *.tiff *.webp)</source>
        <translation>影像 (*.png *.jpg *.jpeg *.bmp *.tif *.tiff *.webp)</translation>
    </message>
    <message>
        <source>chosen plaintext</source>
        <translation>選擇明文</translation>
    </message>
    <message>
        <source>jigsaw</source>
        <translation>拼圖</translation>
    </message>
    <message>
        <source>regression</source>
        <translation>迴歸</translation>
    </message>
    <message>
        <source>attacker (%1)</source>
        <translation>攻擊者（%1）</translation>
    </message>
    <message>
        <source>Choose a picture and a scheme, then run the audit.</source>
        <translation>請選擇影像與加密方式，然後執行稽核。</translation>
    </message>
    <message>
        <source>Picture:</source>
        <translation>影像：</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>尺寸：</translation>
    </message>
    <message>
        <source>Auditing %1…</source>
        <translation>正在稽核 %1…</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3…</source>
        <translation>步驟 %1／%2：%3…</translation>
    </message>
    <message>
        <source>Cancelled; what was measured before is shown.</source>
        <translation>已取消；顯示取消前已量測的結果。</translation>
    </message>
    <message>
        <source>Done: %1.</source>
        <translation>完成：%1。</translation>
    </message>
    <message>
        <source>SSIM, ciphertext vs plain</source>
        <translation>SSIM，密文對明文</translation>
    </message>
    <message>
        <source>PSNR, ciphertext vs plain</source>
        <translation>PSNR，密文對明文</translation>
    </message>
    <message>
        <source>key space</source>
        <translation>金鑰空間</translation>
    </message>
    <message>
        <source>infinite (real-valued)</source>
        <translation>無限（實數值）</translation>
    </message>
    <message>
        <source>%1 bits</source>
        <translation>%1 位元</translation>
    </message>
    <message>
        <source>not run</source>
        <translation>未執行</translation>
    </message>
    <message>
        <source>does not apply</source>
        <translation>不適用</translation>
    </message>
    <message>
        <source>reads the picture</source>
        <translation>可讀出影像</translation>
    </message>
    <message>
        <source>fails</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>HTML report…</source>
        <translation>HTML 報告…</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>儲存報告</translation>
    </message>
    <message>
        <source>HTML (*.html)</source>
        <translation>HTML (*.html)</translation>
    </message>
    <message>
        <source>Measures as CSV…</source>
        <translation>指標匯出為 CSV…</translation>
    </message>
    <message>
        <source>Save measures</source>
        <translation>儲存指標</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>JPEG plot as PNG…</source>
        <translation>JPEG 圖表匯出為 PNG…</translation>
    </message>
    <message>
        <source>Save plot</source>
        <translation>儲存圖表</translation>
    </message>
    <message>
        <source>PNG (*.png)</source>
        <translation>PNG (*.png)</translation>
    </message>
    <message>
        <source>Run the audit first.</source>
        <translation>請先執行稽核。</translation>
    </message>
    <message>
        <source>Report saved to %1</source>
        <translation>報告已儲存至 %1</translation>
    </message>
    <message>
        <source>Measures saved to %1</source>
        <translation>指標已儲存至 %1</translation>
    </message>
    <message>
        <source>There is no JPEG curve to save: run the audit on a byte-valued scheme first.</source>
        <translation>沒有可儲存的 JPEG 曲線：請先以位元組值的加密方式執行稽核。</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>無法寫入 %1。</translation>
    </message>
    <message>
        <source>Plot saved to %1</source>
        <translation>圖表已儲存至 %1</translation>
    </message>
    <message>
        <source>Opened from the project: %1 on %2.</source>
        <translation>已從專案開啟：對 %2 的 %1。</translation>
    </message>
    <message>
        <source>A photo is cut to its centre square, then scaled: nothing is stretched.</source>
        <translation>照片會先裁成中央的正方形再縮放：不會被拉伸。</translation>
    </message>
    <message>
        <source>%1 on %2 at %3</source>
        <translation>%2 上的 %1（%3）</translation>
    </message>
    <message>
        <source>⚠ Shown: the audit of %1. The settings have changed since; run the audit again to see them.</source>
        <translation>⚠ 目前顯示：%1 的稽核。設定已變更；請重新執行稽核以查看新設定的結果。</translation>
    </message>
    <message>
        <source>Every scheme as CSV…</source>
        <translation>所有方案輸出為 CSV…</translation>
    </message>
    <message>
        <source>Save the audit of every scheme</source>
        <translation>儲存所有方案的稽核</translation>
    </message>
    <message>
        <source>Auditing every scheme…</source>
        <translation>正在稽核所有方案…</translation>
    </message>
    <message>
        <source>Scheme %1 of %2…</source>
        <translation>方案 %1／%2…</translation>
    </message>
    <message>
        <source>Saved the audit of %1 schemes to %2.</source>
        <translation>已將 %1 個方案的稽核儲存至 %2。</translation>
    </message>
    <message>
        <source>Also train the learned attacks (ITN, GAN)</source>
        <translation>同時訓練學習型攻擊（ITN、GAN）</translation>
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
        <translation>使用 Fashion-MNIST</translation>
    </message>
    <message>
        <source>on a CIFAR-10 folder…</source>
        <translation>使用 CIFAR-10 資料夾…</translation>
    </message>
    <message>
        <source>The cifar-10-batches-bin folder</source>
        <translation>cifar-10-batches-bin 資料夾</translation>
    </message>
    <message>
        <source>SSIM runs from 0 (nothing of the picture&apos;s structure) to 1 (the same picture); a ciphertext that hides the picture is near 0. PSNR is in dB: higher is closer, and below about 15 dB a picture is hard to make out. An attack reads the picture when its reconstruction&apos;s SSIM is at least %1; the jigsaw solver, whose pieces may end up turned as a whole, when a share of at least %2 of the adjacent pieces are joined as in the picture; the learned attacks (ITN, GAN), when the mean SSIM of their restorations of the dataset&apos;s test images is at least %1. Each outcome&apos;s details say its measure next to the threshold.</source>
        <translation>SSIM 介於 0（完全不保留影像結構）與 1（同一張影像）之間；能隱藏影像的密文接近 0。PSNR 以 dB 表示：越高越接近，低於約 15 dB 時影像難以辨認。當攻擊重建影像的 SSIM 不低於 %1 時，即視為讀得出影像；拼圖求解器的碎片可能整體轉向，因此以相鄰碎片中至少 %2 的比例按原圖拼接為準；學習型攻擊（ITN、GAN）則以其對資料集測試影像之復原的平均 SSIM 不低於 %1 為準。每項結果的細節都會將其指標與門檻並列。</translation>
    </message>
    <message>
        <source>Learned attacks: %1…</source>
        <translation>學習型攻擊：%1…</translation>
    </message>
    <message>
        <source>Trains an inverse transformation network on public pairs and a GAN on the ciphertexts, for the chosen scheme: seconds to a minute each on two cores. Their picture is of the dataset&apos;s first test image.</source>
        <translation>針對所選方案，以公開配對訓練逆轉換網路，並以密文訓練 GAN：在雙核心上各需數秒到一分鐘。顯示的影像是資料集的第一張測試影像。</translation>
    </message>
    <message>
        <source>%1, on a dataset test image (not your photo)</source>
        <translation>%1，於資料集的測試影像上（不是你的照片）</translation>
    </message>
    <message>
        <source>reads the dataset&apos;s images</source>
        <translation>可讀出資料集的影像</translation>
    </message>
    <message>
        <source>fails on the dataset&apos;s images</source>
        <translation>在資料集的影像上失敗</translation>
    </message>
    <message>
        <source>Tick &quot;Also train the learned attacks&quot; to run it.</source>
        <translation>勾選「同時訓練學習型攻擊（ITN、GAN）」即可執行。</translation>
    </message>
</context>
<context>
    <name>led::ui::CloudPage</name>
    <message>
        <source>No query has arrived yet. Compose one on the Query page and send it.</source>
        <translation>尚未收到查詢。請在「查詢」頁組成一個並送出。</translation>
    </message>
    <message>
        <source>garbled guide</source>
        <translation>打亂的引導圖</translation>
    </message>
    <message>
        <source>guide recovered with the cloud&apos;s pad entry</source>
        <translation>以雲端的金鑰本條目還原的引導圖</translation>
    </message>
    <message>
        <source>part</source>
        <translation>部分</translation>
    </message>
    <message>
        <source>classified with</source>
        <translation>分類所用</translation>
    </message>
    <message>
        <source>label</source>
        <translation>標籤</translation>
    </message>
    <message>
        <source>confidence</source>
        <translation>信心度</translation>
    </message>
    <message>
        <source>Received: the query, nothing else</source>
        <translation>收到的內容：只有查詢</translation>
    </message>
    <message>
        <source>part %1</source>
        <translation>部分 %1</translation>
    </message>
    <message>
        <source>The cloud&apos;s work</source>
        <translation>雲端的工作</translation>
    </message>
    <message>
        <source>The cloud&apos;s log: no shape, no plaintext label</source>
        <translation>雲端的記錄：沒有形狀，也沒有明文標籤</translation>
    </message>
    <message>
        <source>Opened %1: two %2 ciphertexts (x%3 each) and a garbled guide for pad entry %4, as a cloud receives them. Answering it needs the cloud&apos;s pad and models, which stay with the session that sent it.</source>
        <translation>已開啟 %1：兩個 %2 密文（各 x%3）以及金鑰本條目 %4 的打亂引導圖，正如雲端收到的一樣。要回答它需要雲端的金鑰本與模型，它們留在送出它的工作階段中。</translation>
    </message>
    <message>
        <source>The recovered guide is a %1, so part %2 is the one that counts. The cloud answers for both parts all the same, so that its answer and its log look alike whichever part was real.</source>
        <translation>還原的引導圖是%1，因此算數的是部分 %2。雲端仍會同樣回答兩個部分，使其回答與記錄看起來相同，不論哪一部分才是真的。</translation>
    </message>
    <message>
        <source>no model: a decoy, random label</source>
        <translation>無模型：誘餌，隨機標籤</translation>
    </message>
    <message>
        <source>the models of part %1&apos;s keys</source>
        <translation>部分 %1 金鑰的模型</translation>
    </message>
    <message>
        <source>the user&apos;s models</source>
        <translation>使用者的模型</translation>
    </message>
    <message>
        <source>Cloud</source>
        <translation>雲端</translation>
    </message>
    <message>
        <source>The cloud at %1 answered pad entry %2. What it saw is on that machine; its log has one line for this query.</source>
        <translation>%1 的雲端回覆了密鑰本第 %2 項。它所看到的留在那台機器上；它的日誌中此查詢有一行。</translation>
    </message>
    <message>
        <source>One line per answered query: when, which pad entry, and the two sealed answers. Nothing in it says which part was real or what either image shows.</source>
        <translation>每個已回答的查詢一行：時間、哪個墊本項目、兩個密封的回答。其中沒有任何內容說明哪一部分是真的，或任一影像顯示什麼。</translation>
    </message>
    <message>
        <source>Received: %1 %2 ciphertext(s) per part (one per model), a %3 x %3 garbled guide, pad entry %4.</source>
        <translation>已收到：每部分 %1 個 %2 密文（每個模型一個）、一個 %3 x %3 的打亂導引、墊本項目 %4。</translation>
    </message>
    <message>
        <source>A query arrived: two encrypted pictures and a scrambled guide. The cloud cannot see either photo. Press Send on the Query page to let it answer.</source>
        <translation>查詢已到達：兩張加密的圖片和一個加擾的導引。雲端看不到任何一張照片。在查詢頁面按下「傳送」讓它回答。</translation>
    </message>
    <message>
        <source>Answer sent: one sealed answer per part, in the order of the parts.</source>
        <translation>回答已送出：每部分一個密封的回答，依部分的順序。</translation>
    </message>
    <message>
        <source>The answer&apos;s two slots (each encrypted under the query&apos;s answer key): %1</source>
        <translation>回答的兩個欄位（各以查詢的回答金鑰加密）：%1</translation>
    </message>
    <message>
        <source>The cloud unscrambled the guide, classified both parts and sent back two sealed answers. Only the user&apos;s answer key reads them.</source>
        <translation>雲端還原了導引，分類了兩個部分，並送回兩個密封的回答。只有使用者的回答金鑰能讀取它們。</translation>
    </message>
    <message>
        <source>What the Cloud Sees</source>
        <translation>雲端看到的內容</translation>
    </message>
    <message>
        <source>Serve a classroom: the cloud as a service that other windows and led reach over the network, each student with a kit of their own.</source>
        <translation>為教室提供服務：雲端作為其他視窗與 led 透過網路使用的服務，每位學生各有自己的套件。</translation>
    </message>
    <message>
        <source>Serve a Classroom</source>
        <translation>為教室提供服務</translation>
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
        <translation>揭露的金鑰</translation>
    </message>
    <message>
        <source>honest keys, 99 % range</source>
        <translation>誠實金鑰，99 % 範圍</translation>
    </message>
    <message>
        <source>verdict</source>
        <translation>判定</translation>
    </message>
    <message>
        <source>The paper&apos;s construction</source>
        <translation>論文的構造</translation>
    </message>
    <message>
        <source>Another Fake Key</source>
        <translation>另一把假金鑰</translation>
    </message>
    <message>
        <source>Opened with the true keys</source>
        <translation>以真金鑰開啟</translation>
    </message>
    <message>
        <source>Opened with the fake keys</source>
        <translation>以假金鑰開啟</translation>
    </message>
    <message>
        <source>opened guide</source>
        <translation>開啟的引導圖</translation>
    </message>
    <message>
        <source>decrypted image</source>
        <translation>解密的影像</translation>
    </message>
    <message>
        <source>Deniability meter: the revealed fake guide key among %1 honest keys</source>
        <translation>可否認性量表：揭露的假引導金鑰與 %1 把誠實金鑰相比</translation>
    </message>
    <message>
        <source>Many queries: can the cloud&apos;s log link them?</source>
        <translation>大量查詢：雲端的記錄能把它們連結起來嗎？</translation>
    </message>
    <message>
        <source>Compose %1 Queries Each Way</source>
        <translation>每種方式各組成 %1 個查詢</translation>
    </message>
    <message>
        <source>Compose a query on the Query page and send it to the cloud; then the coercer arrives here.</source>
        <translation>在「查詢」頁組成查詢並送到雲端；接著脅迫者會出現在這裡。</translation>
    </message>
    <message>
        <source>The coercer holds the query and the cloud&apos;s answer and demands the keys. The user may reveal the true keys, or fake ones that open the very same query to the other shape, the other image and its label. The true guide key is kept in memory for this demonstration only.</source>
        <translation>脅迫者持有查詢與雲端的回答，並要求交出金鑰。使用者可以揭露真金鑰，或交出假金鑰，把同一個查詢打開成另一個形狀、另一張影像及其標籤。真引導金鑰僅為本示範保存在記憶體中。</translation>
    </message>
    <message>
        <source>guide key %1; model keys %2</source>
        <translation>引導金鑰 %1；模型金鑰 %2</translation>
    </message>
    <message>
        <source>opened guide: %1 → part %2</source>
        <translation>開啟的引導圖：%1 → 部分 %2</translation>
    </message>
    <message>
        <source>opened guide: no shape</source>
        <translation>開啟的引導圖：沒有形狀</translation>
    </message>
    <message>
        <source>Nothing to show: the normal process keeps no key for the decoy, so there is no lie to tell.</source>
        <translation>沒有可顯示的內容：一般流程不保留誘餌的金鑰，因此沒有謊言可說。</translation>
    </message>
    <message>
        <source>Send the query to the cloud to see the label this opening claims.</source>
        <translation>將查詢送到雲端，即可看到此開啟方式聲稱的標籤。</translation>
    </message>
    <message>
        <source>label: %1 (%2 %)</source>
        <translation>標籤：%1（%2 %）</translation>
    </message>
    <message>
        <source>Comparing with %1 honest keys…</source>
        <translation>正在與 %1 把誠實金鑰比較…</translation>
    </message>
    <message>
        <source>plausible (p = %1)</source>
        <translation>可信（p = %1）</translation>
    </message>
    <message>
        <source>caught (p = %1)</source>
        <translation>被識破（p = %1）</translation>
    </message>
    <message>
        <source>Indistinguishable: this fake key looks like any honest key.</source>
        <translation>無法區分：這把假金鑰看起來與任何誠實金鑰一樣。</translation>
    </message>
    <message>
        <source>Caught: this key is not what an honest key looks like.</source>
        <translation>被識破：這把金鑰不像誠實金鑰應有的樣子。</translation>
    </message>
    <message>
        <source>fixed key</source>
        <translation>固定金鑰</translation>
    </message>
    <message>
        <source>one-time pad</source>
        <translation>一次性金鑰本</translation>
    </message>
    <message>
        <source>query %1</source>
        <translation>查詢 %1</translation>
    </message>
    <message>
        <source>Fixed key: %1 queries show only %2 distinct garbled guides, one per shape, so the log links every query that shares a shape, and one fake key must explain them all. </source>
        <translation>固定金鑰：%1 個查詢只出現 %2 種不同的打亂引導圖，每種形狀一種，因此記錄會把同形狀的查詢全部連結起來，而一把假金鑰必須解釋所有查詢。</translation>
    </message>
    <message>
        <source>One-time pad: %1 distinct garbled guides for %2 queries; nothing links them and each opens on its own.</source>
        <translation>一次性金鑰本：%2 個查詢有 %1 種不同的打亂引導圖；沒有任何東西能連結它們，每個都各自開啟。</translation>
    </message>
    <message>
        <source>Fake key construction</source>
        <translation>假金鑰的構造</translation>
    </message>
    <message>
        <source>Coercion</source>
        <translation>脅迫</translation>
    </message>
    <message>
        <source>Uniform fake key (indistinguishable)</source>
        <translation>均勻假金鑰（無法區分）</translation>
    </message>
    <message>
        <source>What was seized: a cloud&apos;s log and a query it names</source>
        <translation>被扣押的：雲端日誌及其中提到的查詢</translation>
    </message>
    <message>
        <source>Hand Over the True Keys…</source>
        <translation>交出真實金鑰…</translation>
    </message>
    <message>
        <source>Hand Over the Fake Keys…</source>
        <translation>交出偽造金鑰…</translation>
    </message>
    <message>
        <source>Hand Over: a New Folder</source>
        <translation>交出：新資料夾</translation>
    </message>
    <message>
        <source>Deniability meter: the last guide key handed over among %1 honest keys</source>
        <translation>可否認性量表：最後交出的引導金鑰與 %1 個誠實金鑰相比</translation>
    </message>
    <message>
        <source>Opened with the keys handed over (%1)</source>
        <translation>以交出的金鑰開啟（%1）</translation>
    </message>
    <message>
        <source>The next keys handed over</source>
        <translation>下一組交出的金鑰</translation>
    </message>
    <message>
        <source>No answer was handed over: the label stays sealed.</source>
        <translation>未交出答覆：標籤仍然密封。</translation>
    </message>
    <message>
        <source>A query handed over with the keys its sender revealed. Each opening shows what one set of keys opens; the meter places the revealed guide key among honest keys. Nothing here tells the coercer whether an opening is the truth.</source>
        <translation>連同寄件者揭露的金鑰一起交出的查詢。每個開啟顯示一組金鑰所開啟的內容；量表將揭露的引導金鑰與誠實金鑰相比。這裡沒有任何東西告訴脅迫者哪個開啟是真的。</translation>
    </message>
    <message>
        <source>Caught: this guide key opens no shape at all.</source>
        <translation>被識破：這個引導金鑰完全開不出任何形狀。</translation>
    </message>
    <message>
        <source>Handed over in %1. The coercer opens it on the Coercion page: Open What Was Handed Over…</source>
        <translation>已交出至 %1。脅迫者在脅迫頁面以「開啟交出的內容…」開啟</translation>
    </message>
    <message>
        <source>Indistinguishable: this key looks like any honest key.</source>
        <translation>無法區分：這個金鑰看起來和任何誠實金鑰一樣。</translation>
    </message>
</context>
<context>
    <name>led::ui::ControlUndo</name>
    <message>
        <source>Change %1</source>
        <translation>變更%1</translation>
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
        <translation>準確率 (%)</translation>
    </message>
    <message>
        <source>training</source>
        <translation>訓練</translation>
    </message>
    <message>
        <source>test</source>
        <translation>測試</translation>
    </message>
</context>
<context>
    <name>led::ui::DemoWords</name>
    <message>
        <source>dog</source>
        <translation>狗</translation>
    </message>
    <message>
        <source>cat</source>
        <translation>貓</translation>
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
        <translation>請先選擇兩張影像。</translation>
    </message>
    <message>
        <source>Training the cloud&apos;s model %1 of %2 on the two photos…</source>
        <translation>正在以兩張照片訓練雲端的模型 %1／%2…</translation>
    </message>
    <message>
        <source>The cloud is ready.</source>
        <translation>雲端已就緒。</translation>
    </message>
    <message>
        <source>The cloud has no models for you yet.</source>
        <translation>雲端還沒有你的模型。</translation>
    </message>
    <message>
        <source>Deniable user: %1 model(s) for the keys of each part, trained on the two photos only (classes: %2, %3). Keys: %4</source>
        <translation>可否認使用者：每個部分的金鑰各 %1 個模型，只以兩張照片訓練（類別：%2、%3）。金鑰：%4</translation>
    </message>
    <message>
        <source>Normal user: %1 model(s) for your key(s), trained on the two photos only (classes: %2, %3). Keys: %4</source>
        <translation>一般使用者：你的金鑰各 %1 個模型，只以兩張照片訓練（類別：%2、%3）。金鑰：%4</translation>
    </message>
    <message>
        <source>The cloud is ready (as the project left it).</source>
        <translation>雲端已就緒（與專案儲存時相同）。</translation>
    </message>
    <message>
        <source>Set up the cloud&apos;s models first.</source>
        <translation>請先設定雲端的模型。</translation>
    </message>
    <message>
        <source>Compose a query first.</source>
        <translation>請先組成查詢。</translation>
    </message>
    <message>
        <source>The cloud at %1 (a classroom kit): %2 process, %3 model key(s) a part, your own guide pad. Keys: %4</source>
        <translation>%1 的雲端（教室套件）：%2 流程，每部分 %3 把模型金鑰，你自己的導引密鑰本。金鑰：%4</translation>
    </message>
    <message>
        <source>deniable</source>
        <translation>可否認</translation>
    </message>
    <message>
        <source>normal</source>
        <translation>一般</translation>
    </message>
    <message>
        <source>Demo models learn the two photos in %1.</source>
        <translation>示範模型在 %1 內學會這兩張照片。</translation>
    </message>
    <message>
        <source>The query is kept: press Send again when the cloud is back.</source>
        <translation>查詢已保留：雲端恢復後再按一次「傳送」。</translation>
    </message>
    <message>
        <source>The cloud refused the query (%1): %2</source>
        <translation>雲端拒絕了查詢（%1）：%2</translation>
    </message>
    <message>
        <source>It is busy: press Send again in a moment.</source>
        <translation>雲端忙碌中：稍後再按一次「傳送」。</translation>
    </message>
    <message>
        <source>This kit&apos;s entry was used already (a copied or borrowed kit?): compose a new query, which takes the next entry, and send that.</source>
        <translation>這個套件的項目已被使用（複製或借來的套件？）：請建立新查詢，它會使用下一個項目，然後傳送它。</translation>
    </message>
    <message>
        <source>This cloud does not know the kit&apos;s pad: ask the teacher for a kit of this class.</source>
        <translation>這個雲端不認得套件的鍵盤：請向老師索取這個班級的套件。</translation>
    </message>
    <message>
        <source>Compose a new query and send that.</source>
        <translation>請建立新查詢並傳送它。</translation>
    </message>
</context>
<context>
    <name>led::ui::Details</name>
    <message>
        <source>Details</source>
        <translation>詳細資訊</translation>
    </message>
</context>
<context>
    <name>led::ui::EvaluatePage</name>
    <message>
        <source>&lt;h2&gt;Evaluate — privacy and attacks&lt;/h2&gt;How private is a scheme, really? The audit measures what a ciphertext keeps and runs every attack that applies; the sweep trains models to trade accuracy against visual privacy and mis-usability. The same work from the shell: &lt;code&gt;led report&lt;/code&gt;, &lt;code&gt;led evaluate sweep&lt;/code&gt;.</source>
        <translation>&lt;h2&gt;評估 — 隱私與攻擊&lt;/h2&gt;一種加密方式到底有多隱密？稽核會量測密文保留了什麼，並執行所有適用的攻擊；掃描則訓練模型，在準確率與視覺隱私、誤用抵抗性之間權衡。在命令列做同樣的事：&lt;code&gt;led report&lt;/code&gt;、&lt;code&gt;led evaluate sweep&lt;/code&gt;。</translation>
    </message>
    <message>
        <source>Scheme audit</source>
        <translation>加密方式稽核</translation>
    </message>
    <message>
        <source>Calibration sweep</source>
        <translation>校準掃描</translation>
    </message>
    <message>
        <source>The Evaluate page&apos;s audit was saved in %1.</source>
        <translation>評估頁面的稽核已儲存於 %1。</translation>
    </message>
    <message>
        <source>The audit was not restored: %1</source>
        <translation>稽核未能還原：%1</translation>
    </message>
    <message>
        <source>Evaluate</source>
        <translation>評估</translation>
    </message>
</context>
<context>
    <name>led::ui::JobBar</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>匯出…</translation>
    </message>
</context>
<context>
    <name>led::ui::JobStatus</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>led::ui::KeyBox</name>
    <message>
        <source>Key</source>
        <translation>金鑰</translation>
    </message>
    <message>
        <source>Seeded demo keys (reproducible, not secret)</source>
        <translation>以種子產生的示範金鑰（可重現，非機密）</translation>
    </message>
    <message>
        <source>The key&apos;s fingerprint: the first 8 bytes of SHA-256 over its tables.</source>
        <translation>金鑰指紋：對其表格計算 SHA-256 的前 8 個位元組。</translation>
    </message>
    <message>
        <source>New key</source>
        <translation>新金鑰</translation>
    </message>
    <message>
        <source>Draw a new key from the operating system&apos;s random generator.</source>
        <translation>從作業系統的亂數產生器取得一把新金鑰。</translation>
    </message>
    <message>
        <source>Load…</source>
        <translation>載入…</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>儲存…</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>指紋</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>來源</translation>
    </message>
    <message>
        <source>Wrong key</source>
        <translation>錯誤金鑰</translation>
    </message>
    <message>
        <source>Demo seed</source>
        <translation>示範種子</translation>
    </message>
    <message>
        <source>&lt;b style=&apos;color:#b35c00&apos;&gt;seeded demo key&lt;/b&gt; (seed %1): anyone with the seed has it</source>
        <translation>&lt;b style=&apos;color:#b35c00&apos;&gt;以種子產生的示範金鑰&lt;/b&gt;（種子 %1）：任何知道種子的人都擁有它</translation>
    </message>
    <message>
        <source>operating system CSPRNG</source>
        <translation>作業系統的 CSPRNG</translation>
    </message>
    <message>
        <source>A second, independent key of the same scheme, used to show what a wrong key opens.</source>
        <translation>同一加密方式的第二把獨立金鑰，用來顯示錯誤金鑰會開出什麼。</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>尚無</translation>
    </message>
</context>
<context>
    <name>led::ui::KeyEdit</name>
    <message>
        <source>Scheme %1</source>
        <translation>加密方式 %1</translation>
    </message>
    <message>
        <source>%1 Settings</source>
        <translation>%1 設定</translation>
    </message>
    <message>
        <source>Key %1</source>
        <translation>金鑰 %1</translation>
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
        <translation>%1 不是可以開啟的檔案。</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>開啟</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>沒有最近的檔案</translation>
    </message>
    <message>
        <source>&amp;Clear Recent Files</source>
        <translation>清除最近的檔案(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>檔案(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>開啟(&amp;O)…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近開啟(&amp;R)</translation>
    </message>
    <message>
        <source>Open &amp;Dog Sample</source>
        <translation>開啟狗的範例(&amp;D)</translation>
    </message>
    <message>
        <source>Open &amp;Cat Sample</source>
        <translation>開啟貓的範例(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Load Key…</source>
        <translation>載入金鑰(&amp;L)…</translation>
    </message>
    <message>
        <source>Ctrl+K</source>
        <translation>Ctrl+K</translation>
    </message>
    <message>
        <source>&amp;Save Key…</source>
        <translation>儲存金鑰(&amp;S)…</translation>
    </message>
    <message>
        <source>Save &amp;Ciphertext…</source>
        <translation>儲存密文(&amp;C)…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>結束(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>編輯(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>偏好設定(&amp;P)…</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>前往(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>說明(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About LED Studio</source>
        <translation>關於 LED Studio(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>關於 Qt(&amp;Q)</translation>
    </message>
    <message>
        <source>Ready. New here? Help &gt; Guided Tour (F1) walks through the LED story.</source>
        <translation>就緒。第一次使用嗎？說明 &gt; 導覽（F1）會帶你走過 LED 的故事。</translation>
    </message>
    <message>
        <source>Guided &amp;Tour</source>
        <translation>導覽(&amp;T)</translation>
    </message>
    <message>
        <source>Restart the Tour</source>
        <translation>重新開始導覽</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>復原(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>Images, keys, queries, models and projects (*.png *.jpg *.jpeg *.bmp *.tif *.tiff *.webp *.pnm *.ppm *.pgm *.ledkey *.ledq *.ledmodel *.ledproj);;All files (*)</source>
        <translation>影像、金鑰、查詢、模型與專案 (*.png *.jpg *.jpeg *.bmp *.tif *.tiff *.webp *.pnm *.ppm *.pgm *.ledkey *.ledq *.ledmodel *.ledproj);;所有檔案 (*)</translation>
    </message>
    <message>
        <source>%1 — LED Studio</source>
        <translation>%1 — LED Studio</translation>
    </message>
    <message>
        <source>Opened the project %1.</source>
        <translation>已開啟專案 %1。</translation>
    </message>
    <message>
        <source>Project saved to %1.</source>
        <translation>專案已儲存至 %1。</translation>
    </message>
    <message>
        <source>Save Project</source>
        <translation>儲存專案</translation>
    </message>
    <message>
        <source>LED Studio projects (*.ledproj)</source>
        <translation>LED Studio 專案 (*.ledproj)</translation>
    </message>
    <message>
        <source>Save &amp;Project…</source>
        <translation>儲存專案(&amp;P)…</translation>
    </message>
    <message>
        <source>Ctrl+Alt+S</source>
        <translation>Ctrl+Alt+S</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>已匯出：%1</translation>
    </message>
    <message>
        <source>Export Page</source>
        <translation>匯出頁面</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG 影像 (*.png)</translation>
    </message>
    <message>
        <source>&amp;Export Page…</source>
        <translation>匯出頁面(&amp;E)…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>檢視(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Presentation</source>
        <translation>簡報模式(&amp;P)</translation>
    </message>
    <message>
        <source>Full screen and larger text, for a class to read from the back of the room.</source>
        <translation>全螢幕與較大的文字，讓教室後排也能看清楚。</translation>
    </message>
    <message>
        <source>&amp;Full Screen</source>
        <translation>全螢幕(&amp;F)</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>放大(&amp;I)</translation>
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
        <translation>實際大小(&amp;A)</translation>
    </message>
    <message>
        <source>Ctrl+0</source>
        <translation>Ctrl+0</translation>
    </message>
    <message>
        <source>Zoom %1 %</source>
        <translation>縮放 %1 %</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>使用者指南(&amp;U)</translation>
    </message>
    <message>
        <source>Stop the Class&apos;s Cloud?</source>
        <translation>要停止班級的雲端嗎？</translation>
    </message>
    <message>
        <source>Quitting stops the cloud the class sends to (%1 kits handed out): queries get no answer until you start it again. The pads and the log stay in %2, and the kits work again once it serves.</source>
        <translation>結束會停止班級傳送的雲端（已發出 %1 個套件）：在您再次啟動前查詢不會得到答覆。鍵盤與日誌保留在 %2，雲端恢復服務後套件即可再次使用。</translation>
    </message>
    <message>
        <source>Stop It and Quit</source>
        <translation>停止並結束</translation>
    </message>
</context>
<context>
    <name>led::ui::MessageBar</name>
    <message>
        <source>Dismiss</source>
        <translation>關閉</translation>
    </message>
</context>
<context>
    <name>led::ui::PredictPage</name>
    <message>
        <source>Key: %1</source>
        <translation>金鑰：%1</translation>
    </message>
    <message>
        <source>Drop a photo here</source>
        <translation>將照片拖放到這裡</translation>
    </message>
    <message>
        <source>Open photo…</source>
        <translation>開啟照片…</translation>
    </message>
    <message>
        <source>Open photo</source>
        <translation>開啟照片</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.bmp *.tif *.tiff *.webp)</source>
        <translation>影像 (*.png *.jpg *.jpeg *.bmp *.tif *.tiff *.webp)</translation>
    </message>
    <message>
        <source>Open model…</source>
        <translation>開啟模型…</translation>
    </message>
    <message>
        <source>Open model</source>
        <translation>開啟模型</translation>
    </message>
    <message>
        <source>LED Studio models (*.ledmodel)</source>
        <translation>LED Studio 模型 (*.ledmodel)</translation>
    </message>
    <message>
        <source>Load key…</source>
        <translation>載入金鑰…</translation>
    </message>
    <message>
        <source>Load key</source>
        <translation>載入金鑰</translation>
    </message>
    <message>
        <source>LED Studio keys (*.ledkey)</source>
        <translation>LED Studio 金鑰 (*.ledkey)</translation>
    </message>
    <message>
        <source>1. Your photo</source>
        <translation>1. 你的照片</translation>
    </message>
    <message>
        <source>2. A trained model</source>
        <translation>2. 訓練好的模型</translation>
    </message>
    <message>
        <source>probability (%)</source>
        <translation>機率 (%)</translation>
    </message>
    <message>
        <source>What the model saw (encrypted here)</source>
        <translation>模型看到的內容（在此加密）</translation>
    </message>
    <message>
        <source>3. The answer</source>
        <translation>3. 答案</translation>
    </message>
    <message>
        <source>%1 — %2 %</source>
        <translation>%1 — %2 %</translation>
    </message>
    <message>
        <source>Predict</source>
        <translation>預測</translation>
    </message>
    <message>
        <source>Train a Quick Model</source>
        <translation>訓練快速模型</translation>
    </message>
    <message>
        <source>This model knows %1 kinds of image, from %2: %3. Whatever a photo shows, it answers with one of them.</source>
        <translation>此模型認識來自 %2 的 %1 種影像：%3。無論照片顯示什麼，它都會以其中之一回答。</translation>
    </message>
    <message>
        <source>Model: %1
File: %2</source>
        <translation>模型：%1
檔案：%2</translation>
    </message>
    <message>
        <source>Trains a small model on Fashion-MNIST (installed with LED Studio) on the Train page, then brings it here.</source>
        <translation>在訓練頁面以 Fashion-MNIST（隨 LED Studio 安裝）訓練一個小模型，然後帶回這裡。</translation>
    </message>
    <message>
        <source>Your photo at the model&apos;s size (its centre: cut, not stretched)</source>
        <translation>以模型大小呈現的照片（中央部分：裁切而非拉伸）</translation>
    </message>
    <message>
        <source>The model is unsure: its best answer is below %1 %.</source>
        <translation>模型不確定：其最佳回答低於 %1 %。</translation>
    </message>
    <message>
        <source>Your photo is in colour, but this model learned from gray images: its colours were thrown away.</source>
        <translation>您的照片是彩色的，但此模型是從灰階影像學習的：其色彩已被捨棄。</translation>
    </message>
    <message>
        <source>The photo may show something this model never learned (it knows only the %1 classes of %2), so do not trust this answer.</source>
        <translation>照片可能顯示此模型從未學過的東西（它只認識 %2 的 %1 個類別），所以請勿相信這個回答。</translation>
    </message>
    <message>
        <source>No model yet. Train a quick one here (Fashion-MNIST clothes, encrypted with le; %1), or open a model that a Train run saved.</source>
        <translation>尚無模型。在此訓練一個快速模型（以 le 加密的 Fashion-MNIST 衣物，%1），或開啟訓練時儲存的模型。</translation>
    </message>
    <message>
        <source>A warning appears when the photo is less familiar to the model than %1 % of the images it was tested on, when its top answer is below %2 % sure, or when a colour photo meets a model of gray images: then the answer says little about the photo.</source>
        <translation>當照片對模型而言比其測試影像的 %1 % 更陌生、最高答案的把握低於 %2 %，或彩色照片遇上灰階影像的模型時，會出現警告：此時答案對照片幾乎沒有意義。</translation>
    </message>
    <message>
        <source>This photo does not look like anything the model learned.</source>
        <translation>這張照片不像模型學過的任何東西。</translation>
    </message>
    <message>
        <source>Its nearest class is %1, but the photo is less familiar to the model than %2 % of the images it was tested on.</source>
        <translation>最接近的類別是 %1，但這張照片對模型而言比其測試影像的 %2 % 更陌生。</translation>
    </message>
</context>
<context>
    <name>led::ui::PredictWorker</name>
    <message>
        <source>none needed: the model was trained on plain images</source>
        <translation>不需要：模型以明文影像訓練</translation>
    </message>
    <message>
        <source>%1, found in %2</source>
        <translation>%1，於 %2 找到</translation>
    </message>
    <message>
        <source>key %1 not found beside the model: load it</source>
        <translation>在模型旁找不到金鑰 %1：請載入它</translation>
    </message>
    <message>
        <source>%1, loaded from %2</source>
        <translation>%1，自 %2 載入</translation>
    </message>
    <message>
        <source>Open a model first.</source>
        <translation>請先開啟模型。</translation>
    </message>
</context>
<context>
    <name>led::ui::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>偏好設定</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>跟隨系統</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>淺色</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <source>A new language takes effect when LED Studio starts again.</source>
        <translation>新語言將在下次啟動 LED Studio 時生效。</translation>
    </message>
    <message>
        <source>&amp;Appearance:</source>
        <translation>外觀(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>語言(&amp;L)：</translation>
    </message>
</context>
<context>
    <name>led::ui::QueryPage</name>
    <message>
        <source>Set Up the Cloud</source>
        <translation>設定雲端</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Compose Query</source>
        <translation>組成查詢</translation>
    </message>
    <message>
        <source>Send to the Cloud</source>
        <translation>送到雲端</translation>
    </message>
    <message>
        <source>Save Query…</source>
        <translation>儲存查詢…</translation>
    </message>
    <message>
        <source>guide</source>
        <translation>引導圖</translation>
    </message>
    <message>
        <source>garbled guide (sent)</source>
        <translation>打亂的引導圖（送出的）</translation>
    </message>
    <message>
        <source>Your two images</source>
        <translation>你的兩張影像</translation>
    </message>
    <message>
        <source>the real image (target)</source>
        <translation>真實影像（目標）</translation>
    </message>
    <message>
        <source>the fake image</source>
        <translation>假影像</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>開啟…</translation>
    </message>
    <message>
        <source>Open Image</source>
        <translation>開啟影像</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.bmp *.tif *.tiff *.webp *.pgm *.ppm)</source>
        <translation>影像 (*.png *.jpg *.jpeg *.bmp *.tif *.tiff *.webp *.pgm *.ppm)</translation>
    </message>
    <message>
        <source>The cloud&apos;s models</source>
        <translation>雲端的模型</translation>
    </message>
    <message>
        <source>Deniable (two keys, a fake image)</source>
        <translation>可否認（兩把金鑰、一張假影像）</translation>
    </message>
    <message>
        <source>Normal (one key, a decoy)</source>
        <translation>一般（一把金鑰、一個誘餌）</translation>
    </message>
    <message>
        <source>Models per part (LED section 3.4): the query carries each part once per model key.</source>
        <translation>每部分的模型數（LED 第 3.4 節）：查詢對每把模型金鑰各攜帶每個部分一次。</translation>
    </message>
    <message>
        <source>One-time pad (a fresh guide key per query)</source>
        <translation>一次性金鑰本（每個查詢一把新的引導金鑰）</translation>
    </message>
    <message>
        <source>Fixed key (the paper; links queries)</source>
        <translation>固定金鑰（論文的做法；查詢會被連結）</translation>
    </message>
    <message>
        <source>Process:</source>
        <translation>流程：</translation>
    </message>
    <message>
        <source>Ensemble:</source>
        <translation>集成：</translation>
    </message>
    <message>
        <source>Guide:</source>
        <translation>引導圖：</translation>
    </message>
    <message>
        <source>Guide keys:</source>
        <translation>引導金鑰：</translation>
    </message>
    <message>
        <source>The query</source>
        <translation>查詢</translation>
    </message>
    <message>
        <source>part %1 (encrypted)</source>
        <translation>部分 %1（已加密）</translation>
    </message>
    <message>
        <source>the decoy (a natural image under a one-time key)</source>
        <translation>誘餌（以一次性金鑰加密的自然影像）</translation>
    </message>
    <message>
        <source>Set up the cloud again so that its demo models know the new image.</source>
        <translation>請重新設定雲端，讓示範模型認得新的影像。</translation>
    </message>
    <message>
        <source>Save Query</source>
        <translation>儲存查詢</translation>
    </message>
    <message>
        <source>LED queries (*.ledq)</source>
        <translation>LED 查詢 (*.ledq)</translation>
    </message>
    <message>
        <source>Saved %1: it holds no key and nothing that tells the parts apart.</source>
        <translation>已儲存 %1：其中沒有金鑰，也沒有任何能分辨各部分的資訊。</translation>
    </message>
    <message>
        <source>The coin fell b = %1: your real image is part %1, so the guide is a %2. Only you know b; the query does not say it.</source>
        <translation>硬幣擲出 b = %1：你的真實影像是部分 %1，所以引導圖是%2。只有你知道 b；查詢不會透露它。</translation>
    </message>
    <message>
        <source>Query: %1 bytes, %2 ciphertexts per part (about %3 bytes each part would take with one model).</source>
        <translation>查詢：%1 位元組，每部分 %2 個密文（若只有一個模型，每部分約 %3 位元組）。</translation>
    </message>
    <message>
        <source>Query: %1 bytes.</source>
        <translation>查詢：%1 位元組。</translation>
    </message>
    <message>
        <source>Not sent yet.</source>
        <translation>尚未送出。</translation>
    </message>
    <message>
        <source>The cloud session (keys, models, guide pads, last query) was saved in %1 (readable by you only).</source>
        <translation>雲端工作階段（金鑰、模型、引導密碼本、最後一次查詢）已儲存於 %1（僅您可讀取）。</translation>
    </message>
    <message>
        <source>The cloud session was not restored: %1</source>
        <translation>雲端工作階段未能還原：%1</translation>
    </message>
    <message>
        <source>Query</source>
        <translation>查詢</translation>
    </message>
    <message>
        <source>Open Classroom Kit…</source>
        <translation>開啟教室套件…</translation>
    </message>
    <message>
        <source>Built in (this window plays the cloud)</source>
        <translation>內建（由此視窗扮演雲端）</translation>
    </message>
    <message>
        <source>At an address (a classroom&apos;s cloud)</source>
        <translation>指定位址（教室的雲端）</translation>
    </message>
    <message>
        <source>Where led-cloud serve listens; the kit&apos;s address when empty.</source>
        <translation>led-cloud serve 監聽的位址；空白時使用套件中的位址。</translation>
    </message>
    <message>
        <source>Cloud:</source>
        <translation>雲端：</translation>
    </message>
    <message>
        <source>Open Classroom Kit</source>
        <translation>開啟教室套件</translation>
    </message>
    <message>
        <source>Queries now go to %1 with the kit in %2.</source>
        <translation>查詢現在以 %2 中的套件送往 %1。</translation>
    </message>
    <message>
        <source>the query as one picture, as the cloud receives it</source>
        <translation>以一張圖片呈現的查詢，如雲端所收到</translation>
    </message>
    <message>
        <source>The models take square pictures: each photo&apos;s centre square is used, nothing is stretched.</source>
        <translation>模型接受正方形圖片：使用每張照片中央的正方形，不會拉伸。</translation>
    </message>
    <message>
        <source>Each part is encrypted with %1 under its own key, once per model (%2 per part); the guide was garbled with pad entry %3.</source>
        <translation>每部分以其各自的金鑰用 %1 加密，每個模型一次（每部分 %2 個）；導引以墊本項目 %3 打亂。</translation>
    </message>
    <message>
        <source>The answer&apos;s two slots (each sealed under the query&apos;s answer key): %1</source>
        <translation>回答的兩個欄位（各以查詢的回答金鑰密封）：%1</translation>
    </message>
    <message>
        <source>The cloud says your image shows a %1 (%2 % sure). It answered for both parts without knowing which is yours; your answer key opened the answer for part %3.</source>
        <translation>雲端說您的影像是%1（把握 %2 %）。它在不知道哪一部分是您的情況下回答了兩個部分；您的回答金鑰開啟了部分 %3 的回答。</translation>
    </message>
    <message>
        <source>The cloud refused this query: compose a new one.</source>
        <translation>雲端拒絕了這個查詢：請建立新查詢。</translation>
    </message>
</context>
<context>
    <name>led::ui::SchemeControls</name>
    <message>
        <source>Scheme</source>
        <translation>加密方式</translation>
    </message>
    <message>
        <source>Split into 4-bit nibbles</source>
        <translation>分割為 4 位元半位元組</translation>
    </message>
    <message>
        <source>Reverse (v → 15 − v)</source>
        <translation>反轉（v → 15 − v）</translation>
    </message>
    <message>
        <source>Shuffle within blocks</source>
        <translation>在區塊內打亂</translation>
    </message>
    <message>
        <source>Permute block positions</source>
        <translation>置換區塊位置</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>Block size M: the image is cut into M×M blocks.</source>
        <translation>區塊大小 M：影像被切成 M×M 的區塊。</translation>
    </message>
    <message>
        <source>Noise level N: every value gets noise drawn uniformly from [0, N), fresh for every image.</source>
        <translation>雜訊強度 N：每個數值加上自 [0, N) 均勻抽取的雜訊，每張影像重新抽取。</translation>
    </message>
    <message>
        <source>Block size</source>
        <translation>區塊大小</translation>
    </message>
    <message>
        <source>Noise level</source>
        <translation>雜訊強度</translation>
    </message>
    <message>
        <source>Key space</source>
        <translation>金鑰空間</translation>
    </message>
    <message>
        <source>continuous (real-valued matrices)</source>
        <translation>連續（實數值矩陣）</translation>
    </message>
    <message>
        <source>%1 bits</source>
        <translation>%1 位元</translation>
    </message>
</context>
<context>
    <name>led::ui::ScramblePage</name>
    <message>
        <source>Block grid</source>
        <translation>區塊格線</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>影像</translation>
    </message>
    <message>
        <source>Dog</source>
        <translation>狗</translation>
    </message>
    <message>
        <source>Cat</source>
        <translation>貓</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>開啟…</translation>
    </message>
    <message>
        <source>Choose a sample, open a photo or drop one here.</source>
        <translation>選擇一個範例、開啟一張照片，或拖放到這裡。</translation>
    </message>
    <message>
        <source>Zoom (percent)</source>
        <translation>縮放（百分比）</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>符合視窗</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>縮放</translation>
    </message>
    <message>
        <source>&lt;b&gt;Encryption, step by step&lt;/b&gt; — hover over a block to see where it goes</source>
        <translation>&lt;b&gt;逐步加密&lt;/b&gt; — 將滑鼠移到區塊上，看看它去了哪裡</translation>
    </message>
    <message>
        <source>&lt;b&gt;Decryption&lt;/b&gt; — the same ciphertext opened with two keys</source>
        <translation>&lt;b&gt;解密&lt;/b&gt; — 以兩把金鑰開啟同一份密文</translation>
    </message>
    <message>
        <source>the dog</source>
        <translation>狗</translation>
    </message>
    <message>
        <source>the cat</source>
        <translation>貓</translation>
    </message>
    <message>
        <source>%1, %2×%3, %4</source>
        <translation>%1，%2×%3，%4</translation>
    </message>
    <message>
        <source>colour</source>
        <translation>彩色</translation>
    </message>
    <message>
        <source>gray</source>
        <translation>灰階</translation>
    </message>
    <message>
        <source> — shown at %1×%2; &lt;code&gt;led encrypt&lt;/code&gt; works at full size</source>
        <translation> — 以 %1×%2 顯示；&lt;code&gt;led encrypt&lt;/code&gt; 以原始尺寸處理</translation>
    </message>
    <message>
        <source>New key %1 for %2 images.</source>
        <translation>%2 影像的新金鑰 %1。</translation>
    </message>
    <message>
        <source>Identical to the original, bit for bit.</source>
        <translation>與原始影像逐位元相同。</translation>
    </message>
    <message>
        <source>Within %1 of the original in every sample: this setting is lossy.</source>
        <translation>每個取樣值與原始影像相差在 %1 以內：此設定會失真。</translation>
    </message>
    <message>
        <source>right key %1</source>
        <translation>正確金鑰 %1</translation>
    </message>
    <message>
        <source>wrong key %1</source>
        <translation>錯誤金鑰 %1</translation>
    </message>
    <message>
        <source>An independent key of the same scheme does not open it; what still shows is what the scheme leaks.</source>
        <translation>同一加密方式的獨立金鑰打不開它；仍看得見的部分就是該方式洩漏的資訊。</translation>
    </message>
    <message>
        <source>Block %1 (this step does not track blocks).</source>
        <translation>區塊 %1（此步驟不追蹤區塊）。</translation>
    </message>
    <message>
        <source>Plain block %1 → block %2 of the ciphertext (outlined in every step).</source>
        <translation>明文區塊 %1 → 密文區塊 %2（每個步驟中都會框出）。</translation>
    </message>
    <message>
        <source>Encrypting…</source>
        <translation>加密中…</translation>
    </message>
    <message>
        <source>%1 is a key for %2 images, but the image is %3. Open an image of that size or make a new key.</source>
        <translation>%1 是 %2 影像的金鑰，但影像是 %3。請開啟該尺寸的影像，或產生新金鑰。</translation>
    </message>
    <message>
        <source>There is no key to save yet.</source>
        <translation>還沒有可儲存的金鑰。</translation>
    </message>
    <message>
        <source>Key saved to %1 (readable by you only).</source>
        <translation>金鑰已儲存至 %1（只有你能讀取）。</translation>
    </message>
    <message>
        <source>Load an image first.</source>
        <translation>請先載入影像。</translation>
    </message>
    <message>
        <source>Ciphertext saved to %1.</source>
        <translation>密文已儲存至 %1。</translation>
    </message>
    <message>
        <source>Open image</source>
        <translation>開啟影像</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.bmp *.tif *.tiff *.webp)</source>
        <translation>影像 (*.png *.jpg *.jpeg *.bmp *.tif *.tiff *.webp)</translation>
    </message>
    <message>
        <source>Load key</source>
        <translation>載入金鑰</translation>
    </message>
    <message>
        <source>LED Studio keys (*.ledkey);;All files (*)</source>
        <translation>LED Studio 金鑰 (*.ledkey);;所有檔案 (*)</translation>
    </message>
    <message>
        <source>Save key</source>
        <translation>儲存金鑰</translation>
    </message>
    <message>
        <source>LED Studio keys (*.ledkey)</source>
        <translation>LED Studio 金鑰 (*.ledkey)</translation>
    </message>
    <message>
        <source>LED Studio ciphertext (*.ledc)</source>
        <translation>LED Studio 密文 (*.ledc)</translation>
    </message>
    <message>
        <source>PNG image (*.png);;LED Studio ciphertext (*.ledc)</source>
        <translation>PNG 影像 (*.png);;LED Studio 密文 (*.ledc)</translation>
    </message>
    <message>
        <source>Save ciphertext</source>
        <translation>儲存密文</translation>
    </message>
    <message>
        <source>The Scramble page&apos;s key was saved beside it as %1 (readable by you only).</source>
        <translation>「打亂」頁的金鑰已儲存在旁邊，檔名為 %1（只有你能讀取）。</translation>
    </message>
    <message>
        <source>Scramble</source>
        <translation>打亂</translation>
    </message>
</context>
<context>
    <name>led::ui::SeizedLogPanel</name>
    <message>
        <source>Open the Query a Line Names…</source>
        <translation>開啟某行所指的查詢…</translation>
    </message>
    <message>
        <source>garbled guide</source>
        <translation>打亂的引導圖</translation>
    </message>
    <message>
        <source>opened guide</source>
        <translation>開啟的引導圖</translation>
    </message>
    <message>
        <source>decrypted image</source>
        <translation>解密的影像</translation>
    </message>
    <message>
        <source>Open a Seized Log…</source>
        <translation>開啟扣押的日誌…</translation>
    </message>
    <message>
        <source>time (UTC)</source>
        <translation>時間（UTC）</translation>
    </message>
    <message>
        <source>pad</source>
        <translation>密鑰本</translation>
    </message>
    <message>
        <source>entry</source>
        <translation>項目</translation>
    </message>
    <message>
        <source>query digest</source>
        <translation>查詢摘要</translation>
    </message>
    <message>
        <source>Open a Seized Log</source>
        <translation>開啟扣押的日誌</translation>
    </message>
    <message>
        <source>Cloud logs (*.log *.jsonl);;All files (*)</source>
        <translation>雲端日誌 (*.log *.jsonl);;所有檔案 (*)</translation>
    </message>
    <message>
        <source>Open a Query</source>
        <translation>開啟查詢</translation>
    </message>
    <message>
        <source>LED queries (*.ledq)</source>
        <translation>LED 查詢 (*.ledq)</translation>
    </message>
    <message>
        <source>%1: %2 lines. Each holds a time, a pad, an entry, a query&apos;s digest and two sealed slots: which part was real is not among them.</source>
        <translation>%1：%2 行。每行有時間、密鑰本、項目、查詢摘要與兩個密封欄位：哪一部分是真的並不在其中。</translation>
    </message>
    <message>
        <source>This query is not in the log: the cloud never answered it, or the log is another cloud&apos;s.</source>
        <translation>此查詢不在日誌中：雲端從未回覆它，或這是另一個雲端的日誌。</translation>
    </message>
    <message>
        <source>This query is line %1 of the log: answered at %2, pad entry %3. Open it with the keys the user hands over.</source>
        <translation>此查詢是日誌第 %1 行：於 %2 回覆，密鑰本第 %3 項。請以使用者交出的金鑰開啟。</translation>
    </message>
    <message>
        <source>The revealed guide key opens a %1: part %2 was the real one, says the user.</source>
        <translation>交出的導引金鑰開出 %1：使用者說第 %2 部分才是真的。</translation>
    </message>
    <message>
        <source>The revealed guide key opens no shape: this key is a lie.</source>
        <translation>交出的導引金鑰開不出任何形狀：這把金鑰是假的。</translation>
    </message>
    <message>
        <source>Skipped a damaged last line: %1</source>
        <translation>已略過損壞的最後一行：%1</translation>
    </message>
    <message>
        <source>Open What Was Handed Over…</source>
        <translation>開啟交出的內容…</translation>
    </message>
    <message>
        <source>What Was Handed Over</source>
        <translation>交出的內容</translation>
    </message>
</context>
<context>
    <name>led::ui::ServicePanel</name>
    <message>
        <source>Reachable from other machines</source>
        <translation>其他機器可連線</translation>
    </message>
    <message>
        <source>Start Service</source>
        <translation>啟動服務</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>port </source>
        <translation>連接埠 </translation>
    </message>
    <message>
        <source>Off: only this machine can send queries (127.0.0.1). On: every machine that reaches this one can.</source>
        <translation>關閉：只有本機能送出查詢（127.0.0.1）。開啟：所有能連到本機的機器都能送出。</translation>
    </message>
    <message>
        <source> students</source>
        <translation> 位學生</translation>
    </message>
    <message>
        <source>time (UTC)</source>
        <translation>時間（UTC）</translation>
    </message>
    <message>
        <source>entry</source>
        <translation>項目</translation>
    </message>
    <message>
        <source>query digest</source>
        <translation>查詢摘要</translation>
    </message>
    <message>
        <source>sealed answer slots</source>
        <translation>密封的回覆欄位</translation>
    </message>
    <message>
        <source>Folder for the Classroom Kits</source>
        <translation>教室套件的資料夾</translation>
    </message>
    <message>
        <source>Set up the built-in cloud&apos;s models on the Query page first: the service answers with them.</source>
        <translation>請先在查詢頁面設定內建雲端的模型：服務以它們回覆。</translation>
    </message>
    <message>
        <source>Starting led-cloud serve…</source>
        <translation>正在啟動 led-cloud serve…</translation>
    </message>
    <message>
        <source>Start the service first: a kit carries its address.</source>
        <translation>請先啟動服務：套件會帶著它的位址。</translation>
    </message>
    <message>
        <source>Run the cloud as a service for a classroom: other windows and led query send reach it over HTTP, each with a kit.</source>
        <translation>將雲端作為教室的服務執行：其他視窗與 led query send 各以一份套件透過 HTTP 連線。</translation>
    </message>
    <message>
        <source>Class Folder…</source>
        <translation>班級資料夾…</translation>
    </message>
    <message>
        <source>Add Classroom Kits…</source>
        <translation>新增教室套件…</translation>
    </message>
    <message>
        <source>Replace the Class…</source>
        <translation>取代班級…</translation>
    </message>
    <message>
        <source>student</source>
        <translation>學生</translation>
    </message>
    <message>
        <source>Replace the Class</source>
        <translation>取代班級</translation>
    </message>
    <message>
        <source>Every kit handed out (%1) stops working: the cloud forgets their pads. The log stays in %2. Make new kits afterwards.</source>
        <translation>所有已發出的套件（%1 個）都會失效：雲端會忘記它們的鍵盤。日誌保留在 %2。之後請製作新套件。</translation>
    </message>
    <message>
        <source>The Class&apos;s Folder</source>
        <translation>班級資料夾</translation>
    </message>
    <message>
        <source>Cannot make the class&apos;s folder %1.</source>
        <translation>無法建立班級資料夾 %1。</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>無法寫入 %1。</translation>
    </message>
    <message>
        <source>The kits handed out were made for the class&apos;s own models, so the service answers with those, not with the ones set up since. Replace the Class… to start over with these.</source>
        <translation>已發出的套件是為班級自己的模型製作的，因此服務以那些模型答覆，而非之後設定的模型。若要以這些重新開始，請使用「取代班級…」。</translation>
    </message>
    <message>
        <source>The cloud serves the class again at %1: the %2 kits handed out work as before.</source>
        <translation>雲端再次於 %1 為班級提供服務：已發出的 %2 個套件照常可用。</translation>
    </message>
    <message>
        <source>The cloud serves at %1. Add classroom kits for the students: each holds the keys, a pad and this address.</source>
        <translation>雲端於 %1 提供服務。請為學生新增教室套件：每個套件包含金鑰、鍵盤與此位址。</translation>
    </message>
    <message>
        <source>New kits carry the keys the class&apos;s models were trained with, and this window does not hold them: open the project the class was set up in (or Replace the Class… to start over).</source>
        <translation>新套件包含訓練班級模型所用的金鑰，而這個視窗沒有這些金鑰：請開啟設定班級時的專案（或以「取代班級…」重新開始）。</translation>
    </message>
    <message>
        <source>Kits %1 to %2 in %3. A student opens one on the Query page (Cloud: at an address), or uses it with led query compose --kit.</source>
        <translation>套件 %1 至 %2 位於 %3。學生在查詢頁面（雲端：位於某位址）開啟，或以 led query compose --kit 使用。</translation>
    </message>
    <message>
        <source>Stop the service first.</source>
        <translation>請先停止服務。</translation>
    </message>
    <message>
        <source>The class starts over: start the service and add kits for the students.</source>
        <translation>班級重新開始：請啟動服務並為學生新增套件。</translation>
    </message>
    <message>
        <source>The class&apos;s folder: %1 (%2 kits handed out; the cloud&apos;s log: %3). It outlives the window: start the service again and the kits work as before.</source>
        <translation>班級資料夾：%1（已發出 %2 個套件；雲端日誌：%3）。它在視窗關閉後仍保留：再次啟動服務，套件即照常可用。</translation>
    </message>
    <message>
        <source>Serving at %1. Queries arrive below as the cloud&apos;s log records them: a student&apos;s pad, an entry, a digest and two sealed slots, nothing more.</source>
        <translation>正在 %1 提供服務。查詢依雲端日誌的記錄顯示於下方：學生的鍵盤、項目、摘要與兩個密封欄位，僅此而已。</translation>
    </message>
    <message>
        <source>Only this computer reaches it: kits made now work here only. For students on other machines, stop, tick Reachable from other machines and start again before adding kits.</source>
        <translation>只有這台電腦能連到它：現在製作的套件只能在這裡使用。若學生在其他電腦上，請停止、勾選「可從其他電腦連線」並再次啟動後再新增套件。</translation>
    </message>
    <message>
        <source>Run the cloud as a service for a classroom. It answers with the built-in cloud&apos;s models: set them up on the Query page first.</source>
        <translation>將雲端作為教室服務執行。它以內建雲端的模型答覆：請先在查詢頁面設定模型。</translation>
    </message>
</context>
<context>
    <name>led::ui::SweepPanel</name>
    <message>
        <source>Run the sweep</source>
        <translation>執行掃描</translation>
    </message>
    <message>
        <source>block</source>
        <translation>區塊</translation>
    </message>
    <message>
        <source>noise</source>
        <translation>雜訊</translation>
    </message>
    <message>
        <source>accuracy</source>
        <translation>準確率</translation>
    </message>
    <message>
        <source>visual privacy</source>
        <translation>視覺隱私</translation>
    </message>
    <message>
        <source>mis-usability</source>
        <translation>誤用抵抗性</translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation>準確率</translation>
    </message>
    <message>
        <source>block size M</source>
        <translation>區塊大小 M</translation>
    </message>
    <message>
        <source>test accuracy (%)</source>
        <translation>測試準確率 (%)</translation>
    </message>
    <message>
        <source>Visual privacy</source>
        <translation>視覺隱私</translation>
    </message>
    <message>
        <source>1 − examiner accuracy</source>
        <translation>1 − 檢驗者準確率</translation>
    </message>
    <message>
        <source>Mis-usability</source>
        <translation>誤用抵抗性</translation>
    </message>
    <message>
        <source>accuracy on plain images (%)</source>
        <translation>明文影像上的準確率 (%)</translation>
    </message>
    <message>
        <source>Each setting trains one model; the plain examiner is trained first.</source>
        <translation>每個設定訓練一個模型；先訓練明文檢驗者。</translation>
    </message>
    <message>
        <source>fashion-mnist[:FOLDER], cifar10:FOLDER or folder:FOLDER[@WxHxC]</source>
        <translation>fashion-mnist[:資料夾]、cifar10:資料夾 或 folder:資料夾[@WxHxC]</translation>
    </message>
    <message>
        <source>Dataset:</source>
        <translation>資料集：</translation>
    </message>
    <message>
        <source>Scheme:</source>
        <translation>加密方式：</translation>
    </message>
    <message>
        <source>Block sizes:</source>
        <translation>區塊大小：</translation>
    </message>
    <message>
        <source>Noise levels (rmt):</source>
        <translation>雜訊強度（rmt）：</translation>
    </message>
    <message>
        <source>Epochs per model:</source>
        <translation>每個模型的訓練週期：</translation>
    </message>
    <message>
        <source>Training images:</source>
        <translation>訓練影像數：</translation>
    </message>
    <message>
        <source>Test images:</source>
        <translation>測試影像數：</translation>
    </message>
    <message>
        <source>Visual privacy target:</source>
        <translation>視覺隱私目標：</translation>
    </message>
    <message>
        <source>Loading the dataset…</source>
        <translation>正在載入資料集…</translation>
    </message>
    <message>
        <source>Training the plain examiner (model 1 of %1)…</source>
        <translation>正在訓練明文檢驗者（模型 1／%1）…</translation>
    </message>
    <message>
        <source>Training model %1 of %2 on ciphertexts…</source>
        <translation>正在以密文訓練模型 %1／%2…</translation>
    </message>
    <message>
        <source>Cancelled after %1 settings.</source>
        <translation>在 %1 個設定後取消。</translation>
    </message>
    <message>
        <source>Done. The plain examiner scores %1 % on plain test images.</source>
        <translation>完成。明文檢驗者在明文測試影像上得到 %1 %。</translation>
    </message>
    <message>
        <source>No setting so far reaches visual privacy %1.</source>
        <translation>目前沒有任何設定達到視覺隱私 %1。</translation>
    </message>
    <message>
        <source>Most accurate setting with visual privacy ≥ %1: M = %2, noise %3 (%4 % accuracy).</source>
        <translation>視覺隱私 ≥ %1 中準確率最高的設定：M = %2，雜訊 %3（準確率 %4 %）。</translation>
    </message>
    <message>
        <source>Table as CSV…</source>
        <translation>表格匯出為 CSV…</translation>
    </message>
    <message>
        <source>Save table</source>
        <translation>儲存表格</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Plots as PNG…</source>
        <translation>圖表匯出為 PNG…</translation>
    </message>
    <message>
        <source>Folder for the three plots</source>
        <translation>存放三張圖表的資料夾</translation>
    </message>
    <message>
        <source>Run the sweep first.</source>
        <translation>請先執行掃描。</translation>
    </message>
    <message>
        <source>Table saved to %1</source>
        <translation>表格已儲存至 %1</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>無法寫入 %1。</translation>
    </message>
    <message>
        <source>Plots saved in %1</source>
        <translation>圖表已儲存於 %1</translation>
    </message>
    <message>
        <source>No recommendation: the plain examiner scores only %1 % on plain images (chance: %2 %), so every setting looks private. It must reach %3 % to measure privacy: the run was too short; give it more epochs or images.</source>
        <translation>無建議：明文檢驗模型在明文影像上只有 %1 %（隨機猜測：%2 %），因此每個設定看起來都很隱私。它必須達到 %3 % 才能衡量隱私：這次執行太短了；請增加訓練週期或影像數。</translation>
    </message>
</context>
<context>
    <name>led::ui::Tour</name>
    <message>
        <source>Scramble the dog</source>
        <translation>打亂狗的照片</translation>
    </message>
    <message>
        <source>Hide the real image beside a fake one</source>
        <translation>把真實影像藏在假影像旁邊</translation>
    </message>
    <message>
        <source>To ask the cloud about the dog, the user sends a composite query: the real image and a fake one, the cat, each encrypted with its own key, in an order a secret coin decides. A small guiding image, a triangle or a square, tells the cloud which part is real; it travels scrambled with a one-time key from a pad user and cloud share.</source>
        <translation>為了向雲端詢問這隻狗，使用者送出一個合成查詢：真實影像與一張假影像（貓），各以自己的金鑰加密，順序由一枚秘密硬幣決定。一張小小的引導圖（三角形或正方形）告訴雲端哪一部分是真的；它以使用者與雲端共享的金鑰本中的一次性金鑰打亂後傳送。</translation>
    </message>
    <message>
        <source>Set Up the Cloud and Compose</source>
        <translation>設定雲端並組成查詢</translation>
    </message>
    <message>
        <source>The cloud answers</source>
        <translation>雲端回答</translation>
    </message>
    <message>
        <source>The cloud unscrambles the guide with its copy of the pad entry, classifies both parts and answers for both, each answer encrypted, so that its log looks the same whichever part was real. It never sees a plain image.</source>
        <translation>雲端用自己那份金鑰本條目還原引導圖，分類兩個部分並對兩者都回答，每個回答都經過加密，使得不論哪一部分才是真的，它的記錄看起來都一樣。雲端從未看見明文影像。</translation>
    </message>
    <message>
        <source>Send the Query</source>
        <translation>送出查詢</translation>
    </message>
    <message>
        <source>The coercer arrives</source>
        <translation>脅迫者來了</translation>
    </message>
    <message>
        <source>An authority seizes the query and the cloud&apos;s answer and forces user and cloud to hand over their keys. The true keys open the query to the dog. Fake keys, made after the fact, open the very same query to the other shape, the cat and its label.</source>
        <translation>當局扣押了查詢與雲端的回答，並逼迫使用者與雲端交出金鑰。真金鑰把查詢打開成狗。事後製作的假金鑰則把同一個查詢打開成另一個形狀、貓及其標籤。</translation>
    </message>
    <message>
        <source>Open with True and Fake Keys</source>
        <translation>以真、假金鑰開啟</translation>
    </message>
    <message>
        <source>Can the fake keys be told apart?</source>
        <translation>假金鑰能被分辨出來嗎？</translation>
    </message>
    <message>
        <source>A fake key only helps if it looks like an honest one. The deniability meter compares the revealed guide key with many honest keys on four statistics: a fake key drawn uniformly passes, the construction in the LED paper is caught.</source>
        <translation>假金鑰只有在看起來像誠實金鑰時才有用。可否認性量表以四項統計量，將揭露的引導金鑰與許多誠實金鑰比較：均勻抽取的假金鑰能通過，LED 論文的構造則會被識破。</translation>
    </message>
    <message>
        <source>Try the Paper&apos;s Fake Key</source>
        <translation>試試論文的假金鑰</translation>
    </message>
    <message>
        <source>Your turn</source>
        <translation>換你了</translation>
    </message>
    <message>
        <source>Learnable encryption cuts an image into small blocks and scrambles them with a key: a classifier can still learn from the result, a person sees noise. Follow the dog through le, the scheme the cloud&apos;s models use in this tour: in every block the colour values are split in halves, inverted and shuffled, the same way in every block. At the bottom the right key opens it and a wrong key does not.</source>
        <translation>可學習加密將影像切成小區塊並以金鑰加擾：分類器仍能從結果學習，人眼看到的卻是雜訊。用 le（本導覽中雲端模型使用的方案）跟著小狗走一遍：每個區塊中的色彩值被分成兩半、反轉並打亂，每個區塊的方式都相同。下方以正確的金鑰可以開啟，錯誤的金鑰則不行。</translation>
    </message>
    <message>
        <source>Scramble the Dog with le</source>
        <translation>以 le 加擾小狗</translation>
    </message>
    <message>
        <source>Drop your own photo on the Scramble page, train a model on encrypted images on the Train page, or run a local prediction here: the photo is encrypted on this computer before any model sees it. No model yet? Train a Quick Model makes one in %1.</source>
        <translation>把你自己的照片拖到打亂頁、在訓練頁以加密影像訓練模型，或在此執行本機預測：照片在任何模型看到之前就在這台電腦上加密。還沒有模型？「訓練快速模型」在 %1 內就能做出一個。</translation>
    </message>
</context>
<context>
    <name>led::ui::TourPanel</name>
    <message>
        <source>Guided Tour</source>
        <translation>導覽</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>上一步</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>下一步</translation>
    </message>
    <message>
        <source>Leave</source>
        <translation>離開</translation>
    </message>
    <message>
        <source>Hide the tour; Help &gt; Guided Tour resumes at this step.</source>
        <translation>隱藏導覽；說明 &gt; 導覽會從這一步繼續。</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>處理中…</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>步驟 %1／%2</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>完成</translation>
    </message>
</context>
<context>
    <name>led::ui::TrainPage</name>
    <message>
        <source>Model %1 of %2%3</source>
        <translation>模型 %1／%2%3</translation>
    </message>
    <message>
        <source>, key %1</source>
        <translation>，金鑰 %1</translation>
    </message>
    <message>
        <source>Training on plain images</source>
        <translation>以明文影像訓練中</translation>
    </message>
    <message>
        <source>Training with key %1</source>
        <translation>以金鑰 %1 訓練中</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>已儲存 %1。</translation>
    </message>
    <message>
        <source>epoch</source>
        <translation>訓練週期</translation>
    </message>
    <message>
        <source>train loss</source>
        <translation>訓練損失</translation>
    </message>
    <message>
        <source>train acc. %</source>
        <translation>訓練準確率 %</translation>
    </message>
    <message>
        <source>test loss</source>
        <translation>測試損失</translation>
    </message>
    <message>
        <source>test acc. %</source>
        <translation>測試準確率 %</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>秒</translation>
    </message>
    <message>
        <source>Choose a dataset and a scheme, then press Start.</source>
        <translation>請選擇資料集與加密方式，然後按「開始」。</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>訓練</translation>
    </message>
    <message>
        <source>Fashion-MNIST (installed)</source>
        <translation>Fashion-MNIST（已安裝）</translation>
    </message>
    <message>
        <source>CIFAR-10 (your cifar-10-batches-bin)</source>
        <translation>CIFAR-10（你的 cifar-10-batches-bin）</translation>
    </message>
    <message>
        <source>Image folder (a sub-folder per class)</source>
        <translation>影像資料夾（每個類別一個子資料夾）</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>資料夾</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>瀏覽…</translation>
    </message>
    <message>
        <source>Dataset folder</source>
        <translation>資料集資料夾</translation>
    </message>
    <message>
        <source>plain (no encryption)</source>
        <translation>明文（不加密）</translation>
    </message>
    <message>
        <source>Load key…</source>
        <translation>載入金鑰…</translation>
    </message>
    <message>
        <source>Load key</source>
        <translation>載入金鑰</translation>
    </message>
    <message>
        <source>LED Studio keys (*.ledkey)</source>
        <translation>LED Studio 金鑰 (*.ledkey)</translation>
    </message>
    <message>
        <source>An ensemble (LED section 3.4): this many models, each with its own key; their probabilities are summed.</source>
        <translation>集成（LED 第 3.4 節）：訓練這麼多個模型，各有自己的金鑰；將它們的機率相加。</translation>
    </message>
    <message>
        <source>CUDA is used when LibTorch finds a GPU; otherwise every CPU core.</source>
        <translation>LibTorch 找到 GPU 時使用 CUDA；否則使用所有 CPU 核心。</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>開始</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Save models…</source>
        <translation>儲存模型…</translation>
    </message>
    <message>
        <source>Save model</source>
        <translation>儲存模型</translation>
    </message>
    <message>
        <source>LED Studio models (*.ledmodel)</source>
        <translation>LED Studio 模型 (*.ledmodel)</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>資料集</translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation>加密</translation>
    </message>
    <message>
        <source>Block size</source>
        <translation>區塊大小</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>金鑰</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation>訓練週期數</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>批次大小</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>學習率</translation>
    </message>
    <message>
        <source>Ensemble models</source>
        <translation>集成模型數</translation>
    </message>
    <message>
        <source>none: plain images</source>
        <translation>無：明文影像</translation>
    </message>
    <message>
        <source>%1 (loaded)</source>
        <translation>%1（已載入）</translation>
    </message>
    <message>
        <source>a new key from the OS generator for each model, saved with it</source>
        <translation>每個模型以作業系統的產生器產生新金鑰，並與模型一起儲存</translation>
    </message>
    <message>
        <source>Choose the dataset&apos;s folder first.</source>
        <translation>請先選擇資料集的資料夾。</translation>
    </message>
    <message>
        <source>Cancelling… (within one batch)</source>
        <translation>取消中…（一個批次內）</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>Ensemble test accuracy by number of models (summed probabilities): %1</source>
        <translation>依模型數的集成測試準確率（機率相加）：%1</translation>
    </message>
    <message>
        <source>Training: %1</source>
        <translation>訓練中：%1</translation>
    </message>
    <message>
        <source>Adam&apos;s L2 penalty on the weights; 0.0005 with pixel noise 8 brings a single le model within half a point of plain.</source>
        <translation>Adam 對權重的 L2 懲罰。與像素雜訊 8 一起設為 0.0005 時，單一 le 模型與明文的差距在 0.5 個百分點以內。</translation>
    </message>
    <message>
        <source>Adds a random integer in [-n, n] to every pixel before encryption, so an le model cannot memorise the lower nibble.</source>
        <translation>加密前在每個像素加上 [-n, n] 的隨機整數，使 le 模型無法記住低半位元組。</translation>
    </message>
    <message>
        <source>Weight decay</source>
        <translation>權重衰減</translation>
    </message>
    <message>
        <source>Pixel noise</source>
        <translation>像素雜訊</translation>
    </message>
    <message>
        <source>Train</source>
        <translation>訓練</translation>
    </message>
    <message>
        <source>The model sees the images as they are: the baseline every scheme is compared with.</source>
        <translation>模型看到的是原始影像：所有方案比較的基準。</translation>
    </message>
    <message>
        <source>A GPU was found: training runs on it (%1).</source>
        <translation>找到 GPU：訓練在其上執行（%1）。</translation>
    </message>
    <message>
        <source>No GPU was found (LibTorch sees no CUDA device here): training runs on the CPU (%1).</source>
        <translation>找不到 GPU（LibTorch 在此看不到 CUDA 裝置）：訓練在 CPU 上執行（%1）。</translation>
    </message>
    <message>
        <source>Use for Prediction</source>
        <translation>用於預測</translation>
    </message>
    <message>
        <source>Keeps the model with its key in LED Studio&apos;s folder and opens it on the Predict page.</source>
        <translation>將模型與其金鑰保存在 LED Studio 的資料夾中，並在預測頁面開啟。</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>進階</translation>
    </message>
    <message>
        <source>Time: depends on the folder&apos;s size; the progress bar says how long is left once it starts.</source>
        <translation>時間：取決於資料夾的大小；開始後進度列會顯示剩餘時間。</translation>
    </message>
    <message>
        <source>Done. Save the model, or use it for a prediction on the Predict page.</source>
        <translation>完成。儲存模型，或在預測頁面將其用於預測。</translation>
    </message>
    <message>
        <source>The GUI thread&apos;s longest stall during the run: %1 ms.</source>
        <translation>執行期間 GUI 執行緒最長的停頓：%1 ms。</translation>
    </message>
    <message>
        <source>Estimated time: %1.</source>
        <translation>預估時間：%1。</translation>
    </message>
</context>
<context>
    <name>led::ui::TrainWorker</name>
    <message>
        <source>Loading %1…</source>
        <translation>正在載入 %1…</translation>
    </message>
    <message>
        <source>Evaluating the ensemble…</source>
        <translation>正在評估集成…</translation>
    </message>
</context>
<context>
    <name>led::ui::TrainingEstimate</name>
    <message>
        <source>%1–%2 s</source>
        <translation>%1–%2 秒</translation>
    </message>
    <message>
        <source>%1–%2 min</source>
        <translation>%1–%2 分鐘</translation>
    </message>
    <message>
        <source>%1–%2 h</source>
        <translation>%1–%2 小時</translation>
    </message>
    <message>
        <source>%1 at this computer&apos;s speed in its last runs</source>
        <translation>以這台電腦最近幾次執行的速度計算，%1</translation>
    </message>
    <message>
        <source>%1 (a first guess until a run here measures it)</source>
        <translation>%1（在此執行量測之前的初步估計）</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 小時 %2 分鐘</translation>
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
        <translation>剩餘 %1</translation>
    </message>
</context>
<context>
    <name>led::ui::UserGuide</name>
    <message>
        <source>LED Studio User Guide</source>
        <translation>LED Studio 使用者指南</translation>
    </message>
</context>
</TS>
