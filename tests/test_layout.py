"""Title and byline on real pages (round-2 audit): the page's furniture above the headline, formal
documents copied by legal-document sites, and bylines written with initials."""
import pytest

import tuyengiao

_BODY = "\n\nSáng 1-3, Hội Liên hiệp Phụ nữ huyện Vạn Ninh tổ chức tọa đàm kỷ niệm ngày Quốc tế Phụ nữ 8-3.\n"


@pytest.mark.parametrize(
    "top, headline",
    [
        # kontum.gov.vn: the day's date above the headline
        ("Thứ 3, Ngày 16/07/2024 -\n\n", "Kết quả giải quyết, trả lời ý kiến, kiến nghị của cử tri trước và sau Kỳ họp thứ 6 HĐND tỉnh khóa XII"),
        # baoapbac.vn: the time stamp, then a stray "."
        ("Thứ Năm, 15/10/2020, 16:21 (GMT+7)\n.\n\n", "Nghị quyết Đại hội đại biểu Đảng bộ tỉnh Tiền Giang lần thứ XI"),
        # baokhanhhoa.vn
        ("11:03, 01/03/2023\n\n", "Tọa đàm kỷ niệm ngày Quốc tế Phụ nữ"),
        # sxdthanhhoa.gov.vn
        ("Lượt xem: 7370 | Gửi lúc: 05/12/2013 15:42:27\n\n", "Lịch sử phát triển"),
        # tinbong247news.net: a line without letters
        ("--> -->\n\n", "Trao Giải Báo chí về xây dựng Đảng và hệ thống chính trị thành phố Hà Nội lần thứ VI"),
        # chuyendoiso.quangngai.gov.vn (print page): the print button
        ("In bài\n", "Quyết tâm phát huy sức mạnh đại đoàn kết toàn dân tộc, khơi dậy ý chí tự lực, tự cường"),
    ],
)
def test_the_headline_under_the_page_stamp_or_furniture(top, headline):
    assert tuyengiao.parse(top + headline + _BODY).title == headline


def test_a_stamp_over_a_sentence_gives_no_title():
    # vnews.gov.vn
    text = "13/10/2020, 20:57\n\nSau 3 ngày làm việc tích cực, dân chủ, trách nhiệm, chiều 13/10, Đại hội đã bế mạc.\n"
    assert tuyengiao.parse(text).title is None


_HEADER = (
    "ỦY BAN NHÂN DÂN\nTỈNH HẢI DƯƠNG\n--------\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
    "Độc lập - Tự do - Hạnh phúc\n---------------\n\nSố: 30/2016/QĐ-UBND\n\nHải Dương, ngày 01 tháng 11 năm 2016\n\n"
    "QUYẾT ĐỊNH\n\nBAN HÀNH CÁC NGUYÊN TẮC, TIÊU CHÍ VÀ ĐỊNH MỨC PHÂN BỔ VỐN ĐẦU TƯ PHÁT TRIỂN\n\n"
    "ỦY BAN NHÂN DÂN TỈNH HẢI DƯƠNG\n\nCăn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;\n"
)


def test_a_legal_sites_own_lines_above_the_header_are_not_the_title():
    # hethongphapluat.com
    text = "Hệ thống pháp luật\nĐang tải nội dung, vui lòng chờ giây lát...\n\n" + _HEADER
    assert tuyengiao.parse(text).title == (
        "QUYẾT ĐỊNH BAN HÀNH CÁC NGUYÊN TẮC, TIÊU CHÍ VÀ ĐỊNH MỨC PHÂN BỔ VỐN ĐẦU TƯ PHÁT TRIỂN"
    )


def test_a_legal_sites_headline_naming_the_document_stays_the_title():
    # phapluatcongdong.vn
    headline = "Quyết định 30/2016/QĐ-UBND ban hành các nguyên tắc, tiêu chí và định mức phân bổ vốn đầu tư phát triển"
    text = headline + "\nSố hiệu: 30/2016/QĐ-UBND Loại văn bản: Quyết định\n\n" + _HEADER
    assert tuyengiao.parse(text).title == headline


def test_a_document_copied_without_its_header_opens_with_its_type_word():
    # thuvienphapluat.vn: a regulation issued with a decision
    text = (
        "QUY ĐỊNH\nCÔNG TÁC VĂN THƯ TRÊN ĐỊA BÀN TỈNH BÌNH PHƯỚC\n"
        "(Ban hành kèm theo Quyết định số 63/2010/QĐ-UBND ngày 29 tháng 9 năm 2010 của\nUBND tỉnh)\n"
        "Chương I\nQUY ĐỊNH CHUNG\n"
    )
    assert tuyengiao.parse(text).title == "QUY ĐỊNH CÔNG TÁC VĂN THƯ TRÊN ĐỊA BÀN TỈNH BÌNH PHƯỚC"


def test_a_wrapped_capital_trich_yeu_keeps_its_last_line_of_digits():
    # thuviennhadat.vn: the copy wraps the title's lines, "2019 -" / "2020"
    text = (
        "ỦY BAN NHÂN DÂN\nTỈNH LẠNG SƠN\n-------\n|\nCỘNG HÒA XÃ HỘI\nCHỦ NGHĨA VIỆT NAM\n"
        "Độc lập - Tự do - Hạnh phúc\n---------------\n|\nSố: 07/KH-UBND\n|\nLạng Sơn, ngày 13\ntháng 01 năm 2020\n|\n"
        "KẾ HOẠCH\nTRIỂN KHAI CÁC GIẢI PHÁP PHÒNG, CHỐNG HẠN\nHÁN, THIẾU NƯỚC PHỤC VỤ SẢN XUẤT NÔNG NGHIỆP VÀ DÂN SINH MÙA KHÔ NĂM 2019 -\n"
        "2020\nThực hiện Chỉ\nthị số 8008/CT-TCTL ngày 25/10/2019 của Bộ trưởng Bộ Nông nghiệp và Phát triển\n"
    )
    assert tuyengiao.parse(text).title == (
        "KẾ HOẠCH TRIỂN KHAI CÁC GIẢI PHÁP PHÒNG, CHỐNG HẠN HÁN, THIẾU NƯỚC PHỤC VỤ SẢN XUẤT NÔNG NGHIỆP "
        "VÀ DÂN SINH MÙA KHÔ NĂM 2019 - 2020"
    )


@pytest.mark.parametrize("byline", ["L.Duy", "T.Thủy"])  # nld.com.vn, cadn.com.vn
def test_a_byline_of_initials_glued_to_a_name(byline):
    text = (
        "Thượng tướng Nguyễn Văn Được làm Chủ tịch Hội Cựu chiến binh\n\n"
        "Đại hội nhất trí suy tôn Đại tướng Võ Nguyên Giáp tiếp tục làm Chủ tịch danh dự Hội Cựu chiến binh Việt Nam.\n"
        + byline
    )
    doc = tuyengiao.parse(text)
    assert doc.author is not None and doc.author.name == byline
    assert text[doc.author.span.start : doc.author.span.end] == byline
